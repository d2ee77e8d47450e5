#include "accounts/user_repository.hpp"

#include <soci/soci.h>

#include "common/error.hpp"
#include "common/field_problems.hpp"
#include "common/search_text.hpp"
#include "storage/database.hpp"
#include "storage/kept_statements.hpp"
#include "storage/optional_binding.hpp"
#include "storage/query.hpp"

namespace medimeet::accounts {
namespace {

constexpr const char* kColumns =
    "SELECT users.id, users.name, users.email, users.password, users.role, users.phone, "
    "users.email_verified, users.phone_verified, users.language, users.reset_password_token, "
    "users.reset_password_expires, users.created_at, users.updated_at";

// One user found by `from_where` (which binds one value); with `session`, the query also
// selects the columns of the auth_sessions row it joins.
std::optional<User> select_one(soci::session& sql, const std::string& from_where,
                               const std::string& value, AuthSession* session = nullptr) {
  User user;
  std::string role;
  std::string language;
  int email_verified = 0;
  int phone_verified = 0;
  std::optional<long long> reset_expires;
  long long created_at = 0;
  long long updated_at = 0;
  long long session_times[3] = {0, 0, 0};

  std::string query = kColumns;
  if (session != nullptr) {
    query += ", auth_sessions.id, auth_sessions.token_hash, auth_sessions.created_at, "
             "auth_sessions.last_seen_at, auth_sessions.expires_at";
  }
  storage::KeptStatement statement(sql, query + " " + from_where);
  for (auto* column : {&user.id, &user.name, &user.email, &user.password_hash, &role, &user.phone}) {
    statement->exchange(soci::into(*column));
  }
  statement->exchange(soci::into(email_verified));
  statement->exchange(soci::into(phone_verified));
  statement->exchange(soci::into(language));
  statement->exchange(soci::into(user.reset_password_token_hash));
  statement->exchange(soci::into(reset_expires));
  statement->exchange(soci::into(created_at));
  statement->exchange(soci::into(updated_at));
  if (session != nullptr) {
    statement->exchange(soci::into(session->id));
    statement->exchange(soci::into(session->token_hash));
    for (auto& time : session_times) statement->exchange(soci::into(time));
  }
  statement->exchange(soci::use(value));
  statement->define_and_bind();
  if (!statement->execute(true)) return std::nullopt;

  user.role = role_from_string(role).value_or(Role::patient);
  user.email_verified = email_verified != 0;
  user.phone_verified = phone_verified != 0;
  user.language = i18n::language_from_string(language).value_or(i18n::Language::en);
  if (reset_expires) user.reset_password_expires = from_epoch_ms(*reset_expires);
  user.created_at = from_epoch_ms(created_at);
  user.updated_at = from_epoch_ms(updated_at);
  if (session != nullptr) {
    session->user_id = user.id;
    session->created_at = from_epoch_ms(session_times[0]);
    session->last_seen_at = from_epoch_ms(session_times[1]);
    session->expires_at = from_epoch_ms(session_times[2]);
  }
  return user;
}

// The user and the login session the `condition` on auth_sessions picks.
std::optional<std::pair<User, AuthSession>> select_with_session(soci::session& sql, const std::string& condition,
                                                                const std::string& value) {
  AuthSession session;
  auto user = select_one(sql, "FROM auth_sessions JOIN users ON users.id = auth_sessions.user_id WHERE " + condition,
                         value, &session);
  if (!user) return std::nullopt;
  return std::make_pair(std::move(*user), std::move(session));
}

}  // namespace

void UserRepository::insert(soci::session& sql, const User& user) const {
  const std::string role(to_string(user.role));
  const std::string language(i18n::to_string(user.language));
  const int email_verified = user.email_verified ? 1 : 0;
  const int phone_verified = user.phone_verified ? 1 : 0;
  const long long created_at = to_epoch_ms(user.created_at);
  const long long updated_at = to_epoch_ms(user.updated_at);
  const std::string name_folded = fold_for_search(user.name);
  try {
    storage::run(sql, "INSERT INTO users (id, name, name_folded, email, password, role, phone, "
                      "email_verified, phone_verified, language, created_at, updated_at) "
                      "VALUES (:id, :name, :folded, :email, :password, :role, :phone, :ev, :pv, :lang, :c, :u)",
                 soci::use(user.id), soci::use(user.name), soci::use(name_folded), soci::use(user.email),
                 soci::use(user.password_hash), soci::use(role), soci::use(user.phone), soci::use(email_verified),
                 soci::use(phone_verified), soci::use(language), soci::use(created_at), soci::use(updated_at));
  } catch (const soci::soci_error& error) {
    if (storage::is_unique_violation(error)) {
      throw AppError::conflict("email_taken", "An account with this email already exists.",
                               {{"email", problems::already_registered()}});
    }
    throw;
  }
}

std::optional<User> UserRepository::find_by_id(soci::session& sql, const std::string& id) const {
  return select_one(sql, "FROM users WHERE id = :id", id);
}

std::optional<User> UserRepository::find_by_email(soci::session& sql,
                                                  const std::string& email) const {
  return select_one(sql, "FROM users WHERE email = :email", email);
}

std::optional<User> UserRepository::find_by_reset_token(soci::session& sql,
                                                        const std::string& token_hash) const {
  return select_one(sql, "FROM users WHERE reset_password_token = :token", token_hash);
}

std::optional<std::pair<User, AuthSession>> UserRepository::find_by_session_token(
    soci::session& sql, const std::string& token_hash) const {
  return select_with_session(sql, "auth_sessions.token_hash = :hash", token_hash);
}

std::optional<std::pair<User, AuthSession>> UserRepository::find_by_session_id(
    soci::session& sql, const std::string& session_id) const {
  return select_with_session(sql, "auth_sessions.id = :id", session_id);
}

long long UserRepository::count(soci::session& sql) const {
  long long total = 0;
  storage::run(sql, "SELECT COUNT(*) FROM users", soci::into(total));
  return total;
}

void UserRepository::update_profile(soci::session& sql, const User& user) const {
  const int phone_verified = user.phone_verified ? 1 : 0;
  const long long updated_at = to_epoch_ms(user.updated_at);
  const std::string name_folded = fold_for_search(user.name);
  const std::string language(i18n::to_string(user.language));
  storage::run(sql, "UPDATE users SET name = :name, name_folded = :folded, phone = :phone, "
                    "phone_verified = :pv, language = :lang, updated_at = :u WHERE id = :id",
               soci::use(user.name), soci::use(name_folded), soci::use(user.phone), soci::use(phone_verified),
               soci::use(language), soci::use(updated_at), soci::use(user.id));
}

void UserRepository::set_email_verified(soci::session& sql, const std::string& id,
                                        TimePoint now) const {
  const long long updated_at = to_epoch_ms(now);
  storage::run(sql, "UPDATE users SET email_verified = 1, updated_at = :u WHERE id = :id",
               soci::use(updated_at), soci::use(id));
}

void UserRepository::set_phone_verified(soci::session& sql, const std::string& id,
                                        TimePoint now) const {
  const long long updated_at = to_epoch_ms(now);
  storage::run(sql, "UPDATE users SET phone_verified = 1, updated_at = :u WHERE id = :id",
               soci::use(updated_at), soci::use(id));
}

void UserRepository::upgrade_password_hash(soci::session& sql, const std::string& id, const std::string& old_hash,
                                           const std::string& new_hash) const {
  storage::run(sql, "UPDATE users SET password = :new_hash WHERE id = :id AND password = :old_hash",
               soci::use(new_hash), soci::use(id), soci::use(old_hash));
}

void UserRepository::set_password(soci::session& sql, const std::string& id,
                                  const std::string& password_hash, TimePoint now) const {
  const long long updated_at = to_epoch_ms(now);
  storage::run(sql, "UPDATE users SET password = :p, reset_password_token = NULL, "
                    "reset_password_expires = NULL, updated_at = :u WHERE id = :id",
               soci::use(password_hash), soci::use(updated_at), soci::use(id));
}

void UserRepository::set_reset_token(soci::session& sql, const std::string& id,
                                     const std::string& token_hash, TimePoint expires,
                                     TimePoint now) const {
  const long long expires_at = to_epoch_ms(expires);
  const long long updated_at = to_epoch_ms(now);
  storage::run(sql, "UPDATE users SET reset_password_token = :t, reset_password_expires = :e, "
                    "updated_at = :u WHERE id = :id",
               soci::use(token_hash), soci::use(expires_at), soci::use(updated_at), soci::use(id));
}

bool UserRepository::consume_reset_token(soci::session& sql, const std::string& id,
                                         const std::string& token_hash,
                                         const std::string& password_hash, TimePoint now) const {
  const long long updated_at = to_epoch_ms(now);
  storage::Query update("UPDATE users SET password = ");
  update.bind(password_hash)
      .append(", reset_password_token = NULL, reset_password_expires = NULL, email_verified = 1, "
              "updated_at = ")
      .bind(updated_at)
      .append(" WHERE id = ")
      .bind(id)
      .append(" AND reset_password_token = ")
      .bind(token_hash);
  return storage::execute_counting_rows(sql, update) == 1;
}

}  // namespace medimeet::accounts
