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
  // Marks the session seen at `now` unless it was seen after `seen_before`: of the requests that
  // all find it due at once, one writes and the others, finding it fresh, change nothing.
  void touch(soci::session& sql, const std::string& id, TimePoint now, TimePoint seen_before) const;
  void remove(soci::session& sql, const std::string& id) const;
  // Revokes every session of the user but `keep_id` (empty: all of them).
  void remove_all_for_user(soci::session& sql, const std::string& user_id,
                           const std::string& keep_id = {}) const;
  // Sessions past their absolute expiry or idle since `idle_since`, and expired socket
  // tickets; returns how many went.
  long long purge_expired(soci::session& sql, TimePoint now, TimePoint idle_since) const;

  // Socket tickets (stored as hashes, each bound to the session that asked for it).
  void insert_ticket(soci::session& sql, const std::string& ticket_hash, const std::string& session_id,
                     TimePoint expires_at) const;
  // Deletes the ticket, so that it serves once; the session it was issued to, when it was
  // still valid at `now`.
  std::optional<std::string> redeem_ticket(soci::session& sql, const std::string& ticket_hash, TimePoint now) const;
};

}  // namespace medimeet::accounts
