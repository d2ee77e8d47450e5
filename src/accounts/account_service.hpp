#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>

#include "access/caller.hpp"
#include "accounts/account_events.hpp"
#include "accounts/session_repository.hpp"
#include "accounts/user.hpp"
#include "accounts/user_repository.hpp"
#include "accounts/verification_repository.hpp"
#include "common/time.hpp"
#include "events/event_bus.hpp"
#include "events/live_feed.hpp"
#include "notifications/notification.hpp"
#include "notifications/outbox.hpp"
#include "security/attempt_limiter.hpp"
#include "security/password_hasher.hpp"
#include "storage/database.hpp"

namespace medimeet::accounts {

struct AccountSettings {
  std::string public_url = "http://127.0.0.1:8080";  // links in emails start with it
  std::chrono::seconds session_idle = std::chrono::hours(12);
  std::chrono::seconds session_lifetime = std::chrono::days(30);
  security::AttemptPolicy login_per_account{5, std::chrono::minutes(15), std::chrono::minutes(15)};
  security::AttemptPolicy login_per_address{20, std::chrono::minutes(15), std::chrono::minutes(15)};
  security::AttemptPolicy verification_sends{5, std::chrono::hours(1), std::chrono::hours(1)};
  security::AttemptPolicy reset_requests{3, std::chrono::hours(1), std::chrono::hours(1)};
  security::AttemptPolicy registrations_per_address{30, std::chrono::hours(1), std::chrono::hours(1)};
  // Accounts a practice opens for the patients it books by phone (each sends an email).
  security::AttemptPolicy invitations_per_practice{30, std::chrono::hours(24), std::chrono::hours(24)};
};

struct Registration {
  std::string name;
  std::string email;
  std::string password;
  std::string role;
  std::string phone;
  std::optional<std::string> language;  // "fr" or "en"; English when absent
};

struct UserChanges {
  std::optional<std::string> name;
  std::optional<std::string> phone;
  std::optional<std::string> language;
};

// A new login session: the token is returned to the client once and stored only as a hash.
struct SessionGrant {
  std::string token;
  TimePoint expires_at;
  User user;
};

// A single-use ticket that opens the event socket from a browser.
struct SocketTicket {
  std::string ticket;
  TimePoint expires_at;
};

// Who is calling, as established from their bearer token, with their user document as read
// then.
struct CurrentUser {
  std::string session_id;
  User user;

  // The Caller this login makes, as the router hands it to every other module.
  operator access::Caller() const { return {user.id, user.role, session_id, user.email_verified, user}; }
};

// The accounts use cases: registration, sessions, verification of email and phone, passwords.
// Every failure is an AppError; every message to send goes to the outbox in the transaction
// that causes it.
class AccountService : public access::Authenticator {
 public:
  // Publishes UserRegistered on `events` with each new account; tells `live` of every login
  // session that ends (their sockets close).
  AccountService(storage::Database& database, const Clock& clock,
                 security::PasswordHasher& hasher, const events::EventBus& events,
                 const events::LiveFeed& live, AccountSettings settings,
                 const notifications::OutboxRepository& outbox);

  // 400 validation_failed (per field), 409 email_taken, 429 when the client address has
  // registered too many accounts within the hour.
  SessionGrant register_account(const Registration& registration,
                                const std::string& client_address);
  // 401 invalid_credentials, 429 when the account or the address made too many failed tries.
  SessionGrant login(const std::string& email, const std::string& password,
                     const std::string& client_address);
  void logout(const access::Caller& caller);
  // 401 unauthenticated for an unknown, revoked, idle or expired token.
  CurrentUser authenticate(std::string_view token);
  access::Caller authenticate_token(std::string_view token) override;
  // A ticket valid 30 s for the caller's session, stored only as a hash.
  SocketTicket issue_socket_ticket(const access::Caller& caller);
  access::Caller authenticate_ticket(std::string_view ticket) override;

  // 404 when the user no longer exists.
  User get_user(const std::string& user_id) const;
  // The caller's user document, as read when they were authenticated (else read now; 404 when
  // it no longer exists).
  User user_of(const access::Caller& caller) const;
  // The user, read in the caller's transaction; nullopt when there is none.
  std::optional<User> find_user(soci::session& sql, const std::string& user_id) const;
  // Who a notification to the user goes to (name, email, phone, language), read in the caller's
  // transaction; 404 when the user no longer exists.
  notifications::Recipient notice_recipient(soci::session& sql, const std::string& user_id) const;
  // 400 validation_failed. A new phone number is unverified.
  User update_user(const access::Caller& caller, const UserChanges& changes);
  // 400 (wrong current password, weak new one), 429; revokes every other session.
  void change_password(const access::Caller& caller, const std::string& current_password,
                       const std::string& new_password, const std::string& client_address);

  // 400 invalid_token for an unknown, used or expired token.
  void verify_email(const std::string& token);
  // A patient account the practice opens for someone it books by phone: checked and made ready
  // (its password a random secret no one knows), not stored yet. 400 validation_failed.
  User new_invited_patient(Registration registration) const;
  // Stores that account in the caller's transaction and emails its owner a link to choose their
  // password (valid 7 days; following it also confirms the address), saying `practice` (named
  // `practice_name`) booked them. 409 email_taken; 429 past the practice's daily invitations.
  void invite(storage::Transaction& sql, const User& user, const std::string& practice_id,
              const std::string& practice_name, TimePoint now) const;
  // An account the operator creates (demo data): its address counts as verified, so no link is
  // sent, and no session is opened. 400 validation_failed, 409 email_taken.
  User create_verified_account(const Registration& registration);
  // Stores a user of a data import as it is (the importer checked it; its password hash is one
  // PasswordHasher::recognizes, or "!" for none: its owner then resets it), making its profile.
  // 409 email_taken.
  void import_account(storage::Transaction& sql, const User& user) const { insert_account(sql, user); }
  // How many accounts exist.
  long long count_users();
  // Deletes expired sessions, verification secrets and attempt counters; returns how many.
  long long purge_expired();
  // 409 email_already_verified, 429.
  void resend_verification(const access::Caller& caller);
  // 409 phone_already_verified, 429.
  void request_phone_code(const access::Caller& caller);
  // 400 invalid_code (wrong; the fifth wrong try voids the code), 400 code_expired,
  // 409 phone_already_verified.
  void verify_phone(const access::Caller& caller, const std::string& code);

  // Emails a reset link when the account exists; says nothing either way.
  void request_password_reset(const std::string& email);
  // 400 invalid_token, 400 validation_failed; revokes every session.
  void reset_password(const std::string& token, const std::string& new_password);

 private:
  // Checks a registration and makes its user (password hashed, id and dates set); 400 otherwise.
  User new_account(const Registration& registration) const;
  void insert_account(storage::Transaction& sql, const User& user) const;
  SessionGrant open_session(soci::session& sql, const User& user, TimePoint now);
  // Not past its absolute expiry nor idle for too long.
  bool is_live(const AuthSession& session, TimePoint now) const;
  void queue_email_verification(storage::Transaction& sql, const User& user, TimePoint now);

  // A password check, at login or when changing the password: counted per account and per
  // client address before the check runs (429 once either has used its tries), blocking the
  // account after its last failed try.
  struct PasswordAttempt {
    std::string account_key;
    std::string address_key;
  };
  void claim_password_attempt(soci::session& sql, const PasswordAttempt& attempt);
  void fail_password_attempt(const PasswordAttempt& attempt);
  void succeed_password_attempt(soci::session& sql, const PasswordAttempt& attempt);

  storage::Database& database_;
  const Clock& clock_;
  security::PasswordHasher& hasher_;
  const events::EventBus& events_;
  const events::LiveFeed& live_;
  AccountSettings settings_;
  UserRepository users_;
  SessionRepository sessions_;
  VerificationRepository verifications_;
  security::AttemptLimiter limiter_;
  const notifications::OutboxRepository& outbox_;
};

}  // namespace medimeet::accounts
