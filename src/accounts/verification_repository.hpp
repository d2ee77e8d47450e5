#pragma once

#include <soci/session.h>

#include <optional>
#include <string>

#include "common/time.hpp"

namespace medimeet::accounts {

struct EmailVerificationToken {
  std::string token_hash;
  std::string user_id;
  std::string email;
  TimePoint expires_at;
  std::optional<TimePoint> used_at;
};

struct PhoneVerificationCode {
  std::string user_id;
  std::string phone;
  std::string code_hash;
  int attempts = 0;
  TimePoint expires_at;
};

// All SQL of the email verification tokens and phone verification codes.
class VerificationRepository {
 public:
  void insert_email_token(soci::session& sql, const EmailVerificationToken& token,
                          TimePoint now) const;
  std::optional<EmailVerificationToken> find_email_token(soci::session& sql,
                                                         const std::string& token_hash) const;
  // Marks the token used; false when it was already used (single use, also under races).
  bool use_email_token(soci::session& sql, const std::string& token_hash, TimePoint now) const;
  void remove_unused_email_tokens(soci::session& sql, const std::string& user_id) const;

  // Replaces the user's pending code, if any.
  void put_phone_code(soci::session& sql, const PhoneVerificationCode& code, TimePoint now) const;
  std::optional<PhoneVerificationCode> find_phone_code(soci::session& sql,
                                                       const std::string& user_id) const;
  void count_failed_phone_attempt(soci::session& sql, const std::string& user_id) const;
  void remove_phone_code(soci::session& sql, const std::string& user_id) const;
  // Expired email tokens and phone codes; returns how many went.
  long long purge_expired(soci::session& sql, TimePoint now) const;
};

}  // namespace medimeet::accounts
