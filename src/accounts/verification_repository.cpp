#include "accounts/verification_repository.hpp"

#include <soci/soci.h>

#include "storage/database.hpp"
#include "storage/kept_statements.hpp"
#include "storage/optional_binding.hpp"
#include "storage/query.hpp"

namespace medimeet::accounts {

void VerificationRepository::insert_email_token(soci::session& sql,
                                                const EmailVerificationToken& token,
                                                TimePoint now) const {
  const long long expires_at = to_epoch_ms(token.expires_at);
  const long long created_at = to_epoch_ms(now);
  storage::run(sql, "INSERT INTO email_verification_tokens (token_hash, user_id, email, expires_at, "
                    "created_at) VALUES (:h, :u, :e, :x, :c)",
               soci::use(token.token_hash), soci::use(token.user_id), soci::use(token.email), soci::use(expires_at),
               soci::use(created_at));
}

std::optional<EmailVerificationToken> VerificationRepository::find_email_token(
    soci::session& sql, const std::string& token_hash) const {
  EmailVerificationToken token;
  long long expires_at = 0;
  std::optional<long long> used_at;
  const bool found = storage::run(sql, "SELECT token_hash, user_id, email, expires_at, used_at FROM "
                                       "email_verification_tokens "
                                       "WHERE token_hash = :h",
                                  soci::use(token_hash), soci::into(token.token_hash), soci::into(token.user_id),
                                  soci::into(token.email), soci::into(expires_at), soci::into(used_at));
  if (!found) return std::nullopt;
  token.expires_at = from_epoch_ms(expires_at);
  if (used_at) token.used_at = from_epoch_ms(*used_at);
  return token;
}

bool VerificationRepository::use_email_token(soci::session& sql, const std::string& token_hash,
                                             TimePoint now) const {
  const long long used_at = to_epoch_ms(now);
  storage::Query update("UPDATE email_verification_tokens SET used_at = ");
  update.bind(used_at).append(" WHERE token_hash = ").bind(token_hash).append(" AND used_at IS NULL");
  return storage::execute_counting_rows(sql, update) == 1;
}

void VerificationRepository::remove_unused_email_tokens(soci::session& sql,
                                                        const std::string& user_id) const {
  storage::run(sql, "DELETE FROM email_verification_tokens WHERE user_id = :u AND used_at IS NULL",
               soci::use(user_id));
}

void VerificationRepository::put_phone_code(soci::session& sql, const PhoneVerificationCode& code,
                                            TimePoint now) const {
  const long long expires_at = to_epoch_ms(code.expires_at);
  const long long created_at = to_epoch_ms(now);
  storage::run(sql, "INSERT INTO phone_verification_codes (user_id, phone, code_hash, attempts, expires_at, "
                    "created_at) VALUES (:u, :p, :h, 0, :x, :c) "
                    "ON CONFLICT (user_id) DO UPDATE SET phone = excluded.phone, "
                    "code_hash = excluded.code_hash, attempts = 0, expires_at = excluded.expires_at, "
                    "created_at = excluded.created_at",
               soci::use(code.user_id), soci::use(code.phone), soci::use(code.code_hash), soci::use(expires_at),
               soci::use(created_at));
}

std::optional<PhoneVerificationCode> VerificationRepository::find_phone_code(
    soci::session& sql, const std::string& user_id) const {
  PhoneVerificationCode code;
  long long expires_at = 0;
  const bool found = storage::run(sql, "SELECT user_id, phone, code_hash, attempts, expires_at FROM "
                                       "phone_verification_codes "
                                       "WHERE user_id = :u",
                                  soci::use(user_id), soci::into(code.user_id), soci::into(code.phone),
                                  soci::into(code.code_hash), soci::into(code.attempts), soci::into(expires_at));
  if (!found) return std::nullopt;
  code.expires_at = from_epoch_ms(expires_at);
  return code;
}

void VerificationRepository::count_failed_phone_attempt(soci::session& sql,
                                                        const std::string& user_id) const {
  storage::run(sql, "UPDATE phone_verification_codes SET attempts = attempts + 1 WHERE user_id = :u",
               soci::use(user_id));
}

void VerificationRepository::remove_phone_code(soci::session& sql,
                                               const std::string& user_id) const {
  storage::run(sql, "DELETE FROM phone_verification_codes WHERE user_id = :u", soci::use(user_id));
}

long long VerificationRepository::purge_expired(soci::session& sql, TimePoint now) const {
  const long long now_ms = to_epoch_ms(now);
  return storage::execute_counting_rows(
             sql, storage::Query("DELETE FROM email_verification_tokens WHERE expires_at <= ").bind(now_ms)) +
         storage::execute_counting_rows(
             sql, storage::Query("DELETE FROM phone_verification_codes WHERE expires_at <= ").bind(now_ms));
}

}  // namespace medimeet::accounts
