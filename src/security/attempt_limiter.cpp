#include "security/attempt_limiter.hpp"

#include <soci/soci.h>

#include "common/error.hpp"
#include "storage/database.hpp"
#include "storage/kept_statements.hpp"
#include "storage/optional_binding.hpp"
#include "storage/query.hpp"

namespace medimeet::security {

void AttemptLimiter::check(soci::session& sql, const std::string& key, TimePoint now) const {
  std::optional<long long> blocked_until;
  const bool found = storage::run(sql, "SELECT blocked_until FROM attempt_counters WHERE scope_key = :k",
                                  soci::use(key), soci::into(blocked_until));
  if (found && blocked_until && *blocked_until > to_epoch_ms(now)) {
    auto wait = std::chrono::ceil<std::chrono::seconds>(from_epoch_ms(*blocked_until) - now);
    throw AppError::too_many_requests(wait);
  }
}

namespace {

// Counts one attempt, starting a new window when the last one is over. One statement, so
// concurrent attempts on several instances are all counted; on PostgreSQL it also locks the
// counter's row until the transaction ends.
void increment(soci::session& sql, const std::string& key, const AttemptPolicy& policy,
               TimePoint now) {
  const long long now_ms = to_epoch_ms(now);
  const long long window_start = to_epoch_ms(now - policy.window);
  storage::run(sql, "INSERT INTO attempt_counters (scope_key, attempts, window_started_at) "
                    "VALUES (:k, 1, :now) ON CONFLICT (scope_key) DO UPDATE SET "
                    "attempts = CASE WHEN attempt_counters.window_started_at < :ws1 THEN 1 "
                    "ELSE attempt_counters.attempts + 1 END, "
                    "window_started_at = CASE WHEN attempt_counters.window_started_at < :ws2 "
                    "THEN excluded.window_started_at ELSE attempt_counters.window_started_at END",
               soci::use(key), soci::use(now_ms), soci::use(window_start), soci::use(window_start));
}

int attempts_of(soci::session& sql, const std::string& key) {
  int attempts = 0;
  storage::run(sql, "SELECT attempts FROM attempt_counters WHERE scope_key = :k",
               soci::use(key), soci::into(attempts));
  return attempts;
}

void block(soci::session& sql, const std::string& key, const AttemptPolicy& policy, TimePoint now) {
  const long long blocked_until = to_epoch_ms(now + policy.block);
  const long long now_ms = to_epoch_ms(now);
  storage::run(sql, "UPDATE attempt_counters SET blocked_until = :b, attempts = 0, window_started_at = :n "
                    "WHERE scope_key = :k",
               soci::use(blocked_until), soci::use(now_ms), soci::use(key));
}

}  // namespace

bool AttemptLimiter::count(soci::session& sql, const std::string& key,
                           const AttemptPolicy& policy, TimePoint now) const {
  increment(sql, key, policy, now);
  if (attempts_of(sql, key) < policy.max_attempts) return false;
  block(sql, key, policy, now);
  return true;
}

void AttemptLimiter::claim(soci::session& sql, const std::string& key, const AttemptPolicy& policy,
                           TimePoint now) const {
  increment(sql, key, policy, now);
  long long window_started_at = 0;
  int attempts = 0;
  std::optional<long long> blocked_until;
  storage::run(sql, "SELECT attempts, window_started_at, blocked_until FROM attempt_counters "
                    "WHERE scope_key = :k",
               soci::use(key), soci::into(attempts), soci::into(window_started_at), soci::into(blocked_until));
  TimePoint free_at = now;
  if (blocked_until && *blocked_until > to_epoch_ms(now)) {
    free_at = from_epoch_ms(*blocked_until);
  } else if (attempts > policy.max_attempts) {
    free_at = from_epoch_ms(window_started_at) + policy.window;
  } else {
    return;
  }
  throw AppError::too_many_requests(std::chrono::ceil<std::chrono::seconds>(free_at - now));
}

void AttemptLimiter::block_if_exhausted(soci::session& sql, const std::string& key,
                                        const AttemptPolicy& policy, TimePoint now) const {
  if (attempts_of(sql, key) >= policy.max_attempts) block(sql, key, policy, now);
}

void AttemptLimiter::release(soci::session& sql, const std::string& key) const {
  storage::run(sql, "UPDATE attempt_counters SET attempts = attempts - 1 WHERE scope_key = :k AND attempts > 0",
               soci::use(key));
}

void AttemptLimiter::clear(soci::session& sql, const std::string& key) const {
  storage::run(sql, "DELETE FROM attempt_counters WHERE scope_key = :k", soci::use(key));
}

long long AttemptLimiter::purge_expired(soci::session& sql, TimePoint now) const {
  const long long now_ms = to_epoch_ms(now);
  const long long a_day_ago = to_epoch_ms(now - std::chrono::days(1));
  storage::Query purge("DELETE FROM attempt_counters WHERE COALESCE(blocked_until, 0) <= ");
  purge.bind(now_ms).append(" AND window_started_at <= ").bind(a_day_ago);
  return storage::execute_counting_rows(sql, purge);
}

}  // namespace medimeet::security
