#pragma once

#include <soci/session.h>

#include <optional>
#include <string>

#include "accounts/session_repository.hpp"
#include "accounts/user.hpp"

namespace medimeet::accounts {

// All SQL of the users table. Every method runs on the caller's session, so it joins the
// caller's transaction.
class UserRepository {
 public:
  // Throws AppError conflict "email_taken" when the email is already registered.
  void insert(soci::session& sql, const User& user) const;
  std::optional<User> find_by_id(soci::session& sql, const std::string& id) const;
  std::optional<User> find_by_email(soci::session& sql, const std::string& email) const;
  std::optional<User> find_by_reset_token(soci::session& sql, const std::string& token_hash) const;
  // The user and the login session of a session token's hash, in one query (every
  // authenticated request makes it).
  std::optional<std::pair<User, AuthSession>> find_by_session_token(
      soci::session& sql, const std::string& token_hash) const;
  // The same, by the session's id.
  std::optional<std::pair<User, AuthSession>> find_by_session_id(soci::session& sql,
                                                                 const std::string& session_id) const;

  long long count(soci::session& sql) const;
  void update_profile(soci::session& sql, const User& user) const;
  void set_email_verified(soci::session& sql, const std::string& id, TimePoint now) const;
  void set_phone_verified(soci::session& sql, const std::string& id, TimePoint now) const;
  // Replaces the stored hash `old_hash` by `new_hash` (a stronger one of the same password); does
  // nothing if the password changed meanwhile.
  void upgrade_password_hash(soci::session& sql, const std::string& id, const std::string& old_hash,
                             const std::string& new_hash) const;
  void set_password(soci::session& sql, const std::string& id, const std::string& password_hash,
                    TimePoint now) const;
  void set_reset_token(soci::session& sql, const std::string& id, const std::string& token_hash,
                       TimePoint expires, TimePoint now) const;
  // Sets the new password and clears the reset token only if the token is still `token_hash`;
  // false when another request used it first.
  bool consume_reset_token(soci::session& sql, const std::string& id,
                           const std::string& token_hash, const std::string& password_hash,
                           TimePoint now) const;
};

}  // namespace medimeet::accounts
