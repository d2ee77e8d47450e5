#pragma once

#include <soci/session.h>

#include <chrono>
#include <string>

#include "common/time.hpp"

namespace medimeet::security {

// How many attempts a key may make within a window before it is blocked, and for how long.
struct AttemptPolicy {
  int max_attempts;
  std::chrono::seconds window;
  std::chrono::seconds block;
};

// Counts attempts per key ("login-account:ann@example.com", "login-address:127.0.0.1", ...) in
// the database, so every instance of the server sees the same counts.
class AttemptLimiter {
 public:
  // Throws AppError too_many_requests (with Retry-After) while `key` is blocked.
  void check(soci::session& sql, const std::string& key, TimePoint now) const;
  // Counts one attempt; once `policy.max_attempts` are reached within the window, blocks the
  // key for `policy.block`. Returns true when the key is now blocked.
  bool count(soci::session& sql, const std::string& key, const AttemptPolicy& policy,
             TimePoint now) const;
  // Counts one attempt and lets it go ahead, unless `key` is blocked or has used its
  // `policy.max_attempts` in the window: then throws AppError too_many_requests (with
  // Retry-After), and the write transaction it runs in counts nothing. Check and count are one
  // step, so attempts arriving together cannot all pass a check made before any was counted.
  void claim(soci::session& sql, const std::string& key, const AttemptPolicy& policy,
             TimePoint now) const;
  // After a claimed attempt failed: once the window's attempts are used, blocks the key for
  // `policy.block`.
  void block_if_exhausted(soci::session& sql, const std::string& key, const AttemptPolicy& policy,
                          TimePoint now) const;
  // Gives back a claimed attempt that turned out legitimate.
  void release(soci::session& sql, const std::string& key) const;
  void clear(soci::session& sql, const std::string& key) const;
  // Counters neither blocking nor counting any more (window over a day ago); returns how many.
  long long purge_expired(soci::session& sql, TimePoint now) const;
};

}  // namespace medimeet::security
