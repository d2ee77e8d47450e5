#pragma once

#include <soci/session.h>

#include <optional>
#include <string>

#include "accounts/user.hpp"
#include "common/time.hpp"

namespace medimeet::accounts {

// A login session as stored: the token itself is never stored, only its hash.
struct AuthSession {
  std::string id;
  std::string user_id;
  std::string token_hash;
  TimePoint created_at;
  TimePoint last_seen_at;
  TimePoint expires_at;  // absolute expiry
};

// All SQL of the auth_sessions table (reading a session with its user is
// UserRepository::find_by_session_token).
class SessionRepository {
 public:
  void insert(soci::session& sql, const AuthSession& session) const;
  void touch(soci::session& sql, const std::string& id, TimePoint now) const;
  void remove(soci::session& sql, const std::string& id) const;
  // Revokes every session of the user but `keep_id` (empty: all of them).
  // Sessions past their absolute expiry or idle since `idle_since`; returns how many went.
  long long purge_expired(soci::session& sql, TimePoint now, TimePoint idle_since) const;
  void remove_all_for_user(soci::session& sql, const std::string& user_id,
                           const std::string& keep_id = {}) const;
};

}  // namespace medimeet::accounts
