#include "accounts/account_service.hpp"

#include <algorithm>

#include "accounts/account_messages.hpp"
#include "common/error.hpp"
#include "common/field_problems.hpp"
#include "common/object_id.hpp"
#include "common/text.hpp"
#include "security/password_policy.hpp"
#include "security/tokens.hpp"

namespace medimeet::accounts {
namespace {

constexpr auto kEmailTokenLifetime = std::chrono::hours(24);
constexpr auto kResetTokenLifetime = std::chrono::hours(1);
constexpr auto kInvitationLifetime = std::chrono::days(7);
constexpr auto kPhoneCodeLifetime = std::chrono::minutes(10);
constexpr int kPhoneCodeTries = 5;
// A session's last-seen time is written at most this often, so reads stay reads.
constexpr auto kTouchInterval = std::chrono::minutes(1);
// Long enough to open a socket just after asking, short enough to be useless once leaked.
constexpr auto kSocketTicketLifetime = std::chrono::seconds(30);

AppError invalid_credentials() {
  return AppError(ErrorKind::unauthorized, "invalid_credentials",
                  "The email address or the password is wrong.");
}

AppError invalid_token() {
  return AppError(ErrorKind::bad_request, "invalid_token",
                  "This link is invalid, has expired or was already used.",
                  {{"token", problems::invalid_token()}});
}

FieldProblem language_problem() { return problems::one_of("fr, en", "must be \"fr\" or \"en\""); }

void check_new_password(FieldErrors& errors, const std::string& field, const std::string& password,
                        const std::string& email, const std::string& name) {
  if (auto problem = security::password_problem(password, email, name)) {
    errors.emplace(field, *problem);
  }
}

}  // namespace

AccountService::AccountService(storage::Database& database, const Clock& clock,
                               security::PasswordHasher& hasher, const events::EventBus& events,
                               const events::LiveFeed& live, AccountSettings settings,
                               const notifications::OutboxRepository& outbox)
    : database_(database),
      clock_(clock),
      hasher_(hasher),
      events_(events),
      live_(live),
      settings_(std::move(settings)),
      outbox_(outbox) {}

User AccountService::new_account(const Registration& registration) const {
  User user;
  user.name = trim(registration.name);
  user.email = normalize_email(registration.email);
  user.phone = trim(registration.phone);

  FieldErrors errors;
  if (auto problem = name_problem(user.name)) errors.emplace("name", *problem);
  if (!is_valid_email(user.email)) errors.emplace("email", problems::invalid_email());
  if (!is_valid_e164(user.phone)) {
    errors.emplace("phone", problems::invalid_phone());
  }
  if (auto role = role_from_string(registration.role)) {
    user.role = *role;
  } else {
    errors.emplace("role", problems::one_of("patient, doctor", "must be \"patient\" or \"doctor\""));
  }
  if (registration.language) {
    if (auto language = i18n::language_from_string(*registration.language)) {
      user.language = *language;
    } else {
      errors.emplace("language", language_problem());
    }
  }
  check_new_password(errors, "password", registration.password, user.email, user.name);
  if (!errors.empty()) throw AppError::validation(std::move(errors));

  // Hashing takes tens of milliseconds: never inside the transaction.
  user.password_hash = hasher_.hash(registration.password);
  const auto now = clock_.now();
  user.id = new_object_id(now);
  user.created_at = user.updated_at = now;
  return user;
}

void AccountService::insert_account(storage::Transaction& sql, const User& user) const {
  users_.insert(sql, user);
  events_.publish(sql, UserRegistered{user.id, user.role, user.created_at});
}

SessionGrant AccountService::register_account(const Registration& registration,
                                              const std::string& client_address) {
  const auto user = new_account(registration);
  const auto now = user.created_at;
  return database_.write([&](storage::Transaction& sql) {
    // Each registration sends an email: an address may not register without bound.
    const auto address_key = "register-address:" + client_address;
    limiter_.check(sql, address_key, now);
    limiter_.count(sql, address_key, settings_.registrations_per_address, now);
    insert_account(sql, user);
    queue_email_verification(sql, user, now);
    return open_session(sql, user, now);
  });
}

void AccountService::queue_email_verification(storage::Transaction& sql, const User& user,
                                              TimePoint now) {
  const auto token = security::random_token();
  verifications_.insert_email_token(
      sql, {security::hash_token(token), user.id, user.email, now + kEmailTokenLifetime, {}}, now);
  outbox_.enqueue(sql,
                  email_verification_message(user, settings_.public_url + "/verify-email?token=" + token),
                  now);
}

SessionGrant AccountService::open_session(soci::session& sql, const User& user, TimePoint now) {
  SessionGrant grant{security::random_token(), now + settings_.session_lifetime, user};
  sessions_.insert(sql, {new_object_id(now), user.id, security::hash_token(grant.token), now, now,
                         grant.expires_at});
  return grant;
}

SessionGrant AccountService::login(const std::string& email, const std::string& password,
                                   const std::string& client_address) {
  const auto normalized = normalize_email(email);
  const PasswordAttempt attempt{"login-account:" + normalized, "login-address:" + client_address};
  auto user = database_.write([&](soci::session& sql) {
    claim_password_attempt(sql, attempt);
    return users_.find_by_email(sql, normalized);
  });

  bool valid = false;
  if (user) {
    valid = hasher_.verify(user->password_hash, password);
  } else {
    hasher_.verify_dummy(password);
  }
  if (!valid) {
    fail_password_attempt(attempt);
    throw invalid_credentials();
  }
  // An imported bcrypt hash (or an older Argon2id cost) becomes today's Argon2id now that the
  // password is known.
  std::optional<std::string> upgraded;
  if (hasher_.needs_rehash(user->password_hash)) upgraded = hasher_.hash(password);
  const auto now = clock_.now();
  return database_.write([&](soci::session& sql) {
    succeed_password_attempt(sql, attempt);
    if (upgraded) users_.upgrade_password_hash(sql, user->id, user->password_hash, *upgraded);
    return open_session(sql, *user, now);
  });
}

void AccountService::claim_password_attempt(soci::session& sql, const PasswordAttempt& attempt) {
  const auto now = clock_.now();
  limiter_.claim(sql, attempt.address_key, settings_.login_per_address, now);
  limiter_.claim(sql, attempt.account_key, settings_.login_per_account, now);
}

void AccountService::fail_password_attempt(const PasswordAttempt& attempt) {
  const auto now = clock_.now();
  database_.write([&](soci::session& sql) {
    limiter_.block_if_exhausted(sql, attempt.account_key, settings_.login_per_account, now);
    limiter_.block_if_exhausted(sql, attempt.address_key, settings_.login_per_address, now);
  });
}

void AccountService::succeed_password_attempt(soci::session& sql, const PasswordAttempt& attempt) {
  limiter_.clear(sql, attempt.account_key);
  limiter_.release(sql, attempt.address_key);
}

void AccountService::logout(const access::Caller& caller) {
  database_.write([&](storage::Transaction& sql) {
    sessions_.remove(sql, caller.session_id);
    live_.end_sessions(sql, {caller.user_id, caller.session_id, std::nullopt});
  });
}

bool AccountService::is_live(const AuthSession& session, TimePoint now) const {
  return session.expires_at > now && session.last_seen_at + settings_.session_idle > now;
}

CurrentUser AccountService::authenticate(std::string_view token) {
  if (token.empty() || token.size() > 256) throw AppError::unauthenticated();
  const auto now = clock_.now();
  const auto token_hash = security::hash_token(token);
  auto found = database_.read(
      [&](soci::session& sql) { return users_.find_by_session_token(sql, token_hash); });
  if (!found) throw AppError::unauthenticated();
  auto& user = found->first;
  const auto& session = found->second;  // not a structured binding: lambdas below capture it
  if (!is_live(session, now)) {
    database_.write([&](soci::session& sql) { sessions_.remove(sql, session.id); });
    throw AppError::unauthenticated();
  }
  if (now - session.last_seen_at >= kTouchInterval) {
    database_.write([&](soci::session& sql) { sessions_.touch(sql, session.id, now, now - kTouchInterval); });
  }
  return CurrentUser{session.id, std::move(user)};
}

access::Caller AccountService::authenticate_token(std::string_view token) { return authenticate(token); }

SocketTicket AccountService::issue_socket_ticket(const access::Caller& caller) {
  const auto now = clock_.now();
  SocketTicket ticket{security::random_token(), now + kSocketTicketLifetime};
  database_.write([&](soci::session& sql) {
    sessions_.insert_ticket(sql, security::hash_token(ticket.ticket), caller.session_id, ticket.expires_at);
  });
  return ticket;
}

access::Caller AccountService::authenticate_ticket(std::string_view ticket) {
  if (ticket.empty() || ticket.size() > 256) throw AppError::unauthenticated();
  const auto now = clock_.now();
  auto found = database_.write([&](soci::session& sql) -> std::optional<std::pair<User, AuthSession>> {
    const auto session_id = sessions_.redeem_ticket(sql, security::hash_token(ticket), now);
    if (!session_id) return std::nullopt;
    return users_.find_by_session_id(sql, *session_id);
  });
  if (!found || !is_live(found->second, now)) throw AppError::unauthenticated();
  return CurrentUser{found->second.id, std::move(found->first)};
}

User AccountService::get_user(const std::string& user_id) const {
  auto user = database_.read([&](soci::session& sql) { return users_.find_by_id(sql, user_id); });
  if (!user) throw AppError::not_found("The user");
  return *user;
}

User AccountService::user_of(const access::Caller& caller) const {
  if (const auto* user = std::any_cast<User>(&caller.account)) return *user;
  return get_user(caller.user_id);
}

std::optional<User> AccountService::find_user(soci::session& sql, const std::string& user_id) const {
  return users_.find_by_id(sql, user_id);
}

notifications::Recipient AccountService::notice_recipient(soci::session& sql, const std::string& user_id) const {
  const auto user = users_.find_by_id(sql, user_id);
  if (!user) throw AppError::not_found("The user");
  return {user->id, user->name, user->email, user->phone, user->phone_verified, user->language};
}

User AccountService::update_user(const access::Caller& caller, const UserChanges& changes) {
  FieldErrors errors;
  std::optional<std::string> name;
  std::optional<std::string> phone;
  std::optional<i18n::Language> language;
  if (changes.name) {
    name = trim(*changes.name);
    if (auto problem = name_problem(*name)) errors.emplace("name", *problem);
  }
  if (changes.phone) {
    phone = trim(*changes.phone);
    if (!is_valid_e164(*phone)) {
      errors.emplace("phone", problems::invalid_phone());
    }
  }
  if (changes.language) {
    language = i18n::language_from_string(*changes.language);
    if (!language) errors.emplace("language", language_problem());
  }
  if (!errors.empty()) throw AppError::validation(std::move(errors));

  const auto now = clock_.now();
  return database_.write([&](soci::session& sql) {
    auto user = users_.find_by_id(sql, caller.user_id);
    if (!user) throw AppError::not_found("The user");
    if (name) user->name = *name;
    if (language) user->language = *language;
    if (phone && *phone != user->phone) {
      user->phone = *phone;
      user->phone_verified = false;
      verifications_.remove_phone_code(sql, user->id);
    }
    user->updated_at = now;
    users_.update_profile(sql, *user);
    return *user;
  });
}

void AccountService::change_password(const access::Caller& caller,
                                     const std::string& current_password,
                                     const std::string& new_password,
                                     const std::string& client_address) {
  const auto user = user_of(caller);
  const PasswordAttempt attempt{"login-account:" + user.email, "login-address:" + client_address};
  database_.write([&](soci::session& sql) { claim_password_attempt(sql, attempt); });
  // Guessing the current password here is a login attempt like any other.
  if (!hasher_.verify(user.password_hash, current_password)) {
    fail_password_attempt(attempt);
    throw AppError::field("currentPassword", problems::wrong_password());
  }
  database_.write([&](soci::session& sql) { succeed_password_attempt(sql, attempt); });
  FieldErrors errors;
  check_new_password(errors, "newPassword", new_password, user.email, user.name);
  if (errors.empty() && new_password == current_password) {
    errors.emplace("newPassword", problems::password_unchanged());
  }
  if (!errors.empty()) throw AppError::validation(std::move(errors));

  const auto password_hash = hasher_.hash(new_password);
  const auto now = clock_.now();
  database_.write([&](storage::Transaction& sql) {
    users_.set_password(sql, user.id, password_hash, now);
    sessions_.remove_all_for_user(sql, user.id, caller.session_id);
    live_.end_sessions(sql, {user.id, std::nullopt, caller.session_id});
  });
}

void AccountService::verify_email(const std::string& token) {
  if (token.empty() || token.size() > 256) throw invalid_token();
  const auto now = clock_.now();
  const auto token_hash = security::hash_token(token);
  database_.write([&](soci::session& sql) {
    auto stored = verifications_.find_email_token(sql, token_hash);
    if (!stored || stored->used_at || stored->expires_at <= now) throw invalid_token();
    auto user = users_.find_by_id(sql, stored->user_id);
    if (!user || user->email != stored->email) throw invalid_token();
    if (!verifications_.use_email_token(sql, token_hash, now)) throw invalid_token();
    users_.set_email_verified(sql, user->id, now);
  });
}

User AccountService::new_invited_patient(Registration registration) const {
  registration.role = "patient";
  registration.password = security::random_token();
  return new_account(registration);
}

void AccountService::invite(storage::Transaction& sql, const User& user, const std::string& practice_id,
                            const std::string& practice_name, TimePoint now) const {
  // Each invitation emails someone: a practice may not open accounts without bound.
  const auto key = "invite-practice:" + practice_id;
  limiter_.check(sql, key, now);
  limiter_.count(sql, key, settings_.invitations_per_practice, now);
  insert_account(sql, user);
  const auto token = security::random_token();
  users_.set_reset_token(sql, user.id, security::hash_token(token), now + kInvitationLifetime, now);
  outbox_.enqueue(sql, invitation_message(user, practice_name, settings_.public_url + "/reset-password?token=" + token),
                  now);
}

User AccountService::create_verified_account(const Registration& registration) {
  auto user = new_account(registration);
  user.email_verified = true;
  database_.write([&](storage::Transaction& sql) { insert_account(sql, user); });
  return user;
}

long long AccountService::count_users() {
  return database_.read([&](soci::session& sql) { return users_.count(sql); });
}

long long AccountService::purge_expired() {
  const auto now = clock_.now();
  return database_.write([&](soci::session& sql) {
    return sessions_.purge_expired(sql, now, now - settings_.session_idle) +
           verifications_.purge_expired(sql, now) + limiter_.purge_expired(sql, now);
  });
}

void AccountService::resend_verification(const access::Caller& caller) {
  const auto now = clock_.now();
  database_.write([&](storage::Transaction& sql) {
    auto user = users_.find_by_id(sql, caller.user_id);
    if (!user) throw AppError::not_found("The user");
    if (user->email_verified) {
      throw AppError::conflict("email_already_verified", "Your email address is already verified.");
    }
    const auto key = "verify-email:" + user->id;
    limiter_.check(sql, key, now);
    limiter_.count(sql, key, settings_.verification_sends, now);
    verifications_.remove_unused_email_tokens(sql, user->id);
    queue_email_verification(sql, *user, now);
  });
}

void AccountService::request_phone_code(const access::Caller& caller) {
  const auto now = clock_.now();
  database_.write([&](storage::Transaction& sql) {
    auto user = users_.find_by_id(sql, caller.user_id);
    if (!user) throw AppError::not_found("The user");
    if (user->phone_verified) {
      throw AppError::conflict("phone_already_verified", "Your phone number is already verified.");
    }
    const auto key = "verify-phone:" + user->id;
    limiter_.check(sql, key, now);
    limiter_.count(sql, key, settings_.verification_sends, now);
    const auto code = security::random_digits(6);
    verifications_.put_phone_code(
        sql, {user->id, user->phone, security::hash_code(user->id, code), 0, now + kPhoneCodeLifetime},
        now);
    outbox_.enqueue(sql, phone_code_message(*user, code), now);
  });
}

void AccountService::verify_phone(const access::Caller& caller, const std::string& code) {
  if (code.size() != 6 || code.find_first_not_of("0123456789") != std::string::npos) {
    throw AppError::field("code", problems::code_format());
  }
  const auto now = clock_.now();
  enum class Outcome { verified, wrong, expired, already_verified };
  // A wrong try must be counted even though the request fails, so the transaction commits
  // first and the error is raised after it.
  const auto outcome = database_.write([&](soci::session& sql) {
    auto user = users_.find_by_id(sql, caller.user_id);
    if (user && user->phone_verified) return Outcome::already_verified;
    auto pending = verifications_.find_phone_code(sql, caller.user_id);
    if (!user || !pending || pending->expires_at <= now || pending->phone != user->phone ||
        pending->attempts >= kPhoneCodeTries) {
      return Outcome::expired;
    }
    if (pending->code_hash != security::hash_code(user->id, code)) {
      if (pending->attempts + 1 >= kPhoneCodeTries) {
        verifications_.remove_phone_code(sql, user->id);
      } else {
        verifications_.count_failed_phone_attempt(sql, user->id);
      }
      return Outcome::wrong;
    }
    verifications_.remove_phone_code(sql, user->id);
    users_.set_phone_verified(sql, user->id, now);
    return Outcome::verified;
  });
  if (outcome == Outcome::already_verified) {
    throw AppError::conflict("phone_already_verified", "Your phone number is already verified.");
  }
  if (outcome == Outcome::expired) {
    throw AppError(ErrorKind::bad_request, "code_expired",
                   "There is no valid code for your phone number; request a new one.",
                   {{"code", problems::code_expired()}});
  }
  if (outcome == Outcome::wrong) {
    throw AppError(ErrorKind::bad_request, "invalid_code", "The code is wrong.",
                   {{"code", problems::wrong_code()}});
  }
}

void AccountService::request_password_reset(const std::string& email) {
  const auto normalized = normalize_email(email);
  if (!is_valid_email(normalized)) throw AppError::field("email", problems::invalid_email());
  const auto now = clock_.now();
  database_.write([&](storage::Transaction& sql) {
    auto user = users_.find_by_email(sql, normalized);
    if (!user) return;
    const auto key = "reset-password:" + user->id;
    try {
      limiter_.check(sql, key, now);
    } catch (const AppError&) {
      return;  // silently: the answer must not tell whether the account exists
    }
    limiter_.count(sql, key, settings_.reset_requests, now);
    const auto token = security::random_token();
    users_.set_reset_token(sql, user->id, security::hash_token(token), now + kResetTokenLifetime,
                           now);
    outbox_.enqueue(
        sql, password_reset_message(*user, settings_.public_url + "/reset-password?token=" + token),
        now);
  });
}

void AccountService::reset_password(const std::string& token, const std::string& new_password) {
  if (token.empty() || token.size() > 256) throw invalid_token();
  const auto token_hash = security::hash_token(token);
  auto user = database_.read(
      [&](soci::session& sql) { return users_.find_by_reset_token(sql, token_hash); });
  if (!user || !user->reset_password_expires || *user->reset_password_expires <= clock_.now()) {
    throw invalid_token();
  }
  FieldErrors errors;
  check_new_password(errors, "password", new_password, user->email, user->name);
  if (!errors.empty()) throw AppError::validation(std::move(errors));

  const auto password_hash = hasher_.hash(new_password);
  const auto now = clock_.now();
  database_.write([&](storage::Transaction& sql) {
    // The reset link came by email, so following it also proves the address.
    if (!users_.consume_reset_token(sql, user->id, token_hash, password_hash, now)) {
      throw invalid_token();
    }
    sessions_.remove_all_for_user(sql, user->id);
    live_.end_sessions(sql, {user->id, std::nullopt, std::nullopt});
    limiter_.clear(sql, "login-account:" + user->email);
  });
}

}  // namespace medimeet::accounts
