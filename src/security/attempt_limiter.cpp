#include "security/attempt_limiter.hpp"

#include <soci/soci.h>

#include "common/error.hpp"
#include "storage/database.hpp"
#include "storage/optional_binding.hpp"

namespace medimeet::security {

void AttemptLimiter::check(soci::session& sql, const std::string& key, TimePoint now) const {
  std::optional<long long> blocked_until;
  sql << "SELECT blocked_until FROM attempt_counters WHERE scope_key = :k", soci::use(key),
      soci::into(blocked_until);
  if (sql.got_data() && blocked_until && *blocked_until > to_epoch_ms(now)) {
    auto wait = std::chrono::ceil<std::chrono::seconds>(from_epoch_ms(*blocked_until) - now);
    throw AppError::too_many_requests(wait);
  }
}

bool AttemptLimiter::count(soci::session& sql, const std::string& key,
                           const AttemptPolicy& policy, TimePoint now) const {
  const long long now_ms = to_epoch_ms(now);
  const long long window_start = to_epoch_ms(now - policy.window);
  // One statement, so concurrent failures on several instances are all counted.
  sql << "INSERT INTO attempt_counters (scope_key, attempts, window_started_at) "
         "VALUES (:k, 1, :now) ON CONFLICT (scope_key) DO UPDATE SET "
         "attempts = CASE WHEN attempt_counters.window_started_at < :ws1 THEN 1 "
         "ELSE attempt_counters.attempts + 1 END, "
         "window_started_at = CASE WHEN attempt_counters.window_started_at < :ws2 "
         "THEN excluded.window_started_at ELSE attempt_counters.window_started_at END",
      soci::use(key), soci::use(now_ms), soci::use(window_start), soci::use(window_start);
  int attempts = 0;
  sql << "SELECT attempts FROM attempt_counters WHERE scope_key = :k", soci::use(key),
      soci::into(attempts);
  if (attempts < policy.max_attempts) return false;
  const long long blocked_until = to_epoch_ms(now + policy.block);
  sql << "UPDATE attempt_counters SET blocked_until = :b, attempts = 0, window_started_at = :n "
         "WHERE scope_key = :k",
      soci::use(blocked_until), soci::use(now_ms), soci::use(key);
  return true;
}

void AttemptLimiter::clear(soci::session& sql, const std::string& key) const {
  sql << "DELETE FROM attempt_counters WHERE scope_key = :k", soci::use(key);
}

long long AttemptLimiter::purge_expired(soci::session& sql, TimePoint now) const {
  const long long now_ms = to_epoch_ms(now);
  const long long a_day_ago = to_epoch_ms(now - std::chrono::days(1));
  soci::statement purge =
      (sql.prepare << "DELETE FROM attempt_counters WHERE COALESCE(blocked_until, 0) <= :n "
                      "AND window_started_at <= :d",
       soci::use(now_ms), soci::use(a_day_ago));
  purge.execute(true);
  return storage::affected_rows(purge);
}

}  // namespace medimeet::security
