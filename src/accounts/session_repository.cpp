#include "accounts/session_repository.hpp"

#include <soci/soci.h>

#include "storage/database.hpp"
#include "storage/query.hpp"

namespace medimeet::accounts {

void SessionRepository::insert(soci::session& sql, const AuthSession& session) const {
  const long long created_at = to_epoch_ms(session.created_at);
  const long long last_seen_at = to_epoch_ms(session.last_seen_at);
  const long long expires_at = to_epoch_ms(session.expires_at);
  sql << "INSERT INTO auth_sessions (id, user_id, token_hash, created_at, last_seen_at, "
         "expires_at) VALUES (:id, :user, :hash, :c, :s, :e)",
      soci::use(session.id), soci::use(session.user_id), soci::use(session.token_hash),
      soci::use(created_at), soci::use(last_seen_at), soci::use(expires_at);
}

void SessionRepository::touch(soci::session& sql, const std::string& id, TimePoint now) const {
  const long long last_seen_at = to_epoch_ms(now);
  sql << "UPDATE auth_sessions SET last_seen_at = :s WHERE id = :id", soci::use(last_seen_at),
      soci::use(id);
}

void SessionRepository::remove(soci::session& sql, const std::string& id) const {
  sql << "DELETE FROM auth_sessions WHERE id = :id", soci::use(id);
}

long long SessionRepository::purge_expired(soci::session& sql, TimePoint now,
                                           TimePoint idle_since) const {
  const long long now_ms = to_epoch_ms(now);
  const long long idle_ms = to_epoch_ms(idle_since);
  storage::Query purge("DELETE FROM auth_sessions WHERE expires_at <= ");
  purge.bind(now_ms).append(" OR last_seen_at <= ").bind(idle_ms);
  return storage::execute_counting_rows(sql, purge);
}

void SessionRepository::remove_all_for_user(soci::session& sql, const std::string& user_id,
                                            const std::string& keep_id) const {
  sql << "DELETE FROM auth_sessions WHERE user_id = :user AND id <> :keep", soci::use(user_id),
      soci::use(keep_id);
}

}  // namespace medimeet::accounts
