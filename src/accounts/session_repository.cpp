#include "accounts/session_repository.hpp"

#include <soci/soci.h>

#include "storage/database.hpp"
#include "storage/kept_statements.hpp"
#include "storage/query.hpp"

namespace medimeet::accounts {

void SessionRepository::insert(soci::session& sql, const AuthSession& session) const {
  const long long created_at = to_epoch_ms(session.created_at);
  const long long last_seen_at = to_epoch_ms(session.last_seen_at);
  const long long expires_at = to_epoch_ms(session.expires_at);
  storage::run(sql, "INSERT INTO auth_sessions (id, user_id, token_hash, created_at, last_seen_at, "
                    "expires_at) VALUES (:id, :user, :hash, :c, :s, :e)",
               soci::use(session.id), soci::use(session.user_id), soci::use(session.token_hash), soci::use(created_at),
               soci::use(last_seen_at), soci::use(expires_at));
}

void SessionRepository::touch(soci::session& sql, const std::string& id, TimePoint now,
                              TimePoint seen_before) const {
  const long long last_seen_at = to_epoch_ms(now);
  const long long due = to_epoch_ms(seen_before);
  storage::run(sql, "UPDATE auth_sessions SET last_seen_at = :s WHERE id = :id AND last_seen_at <= :due",
               soci::use(last_seen_at), soci::use(id), soci::use(due));
}

void SessionRepository::remove(soci::session& sql, const std::string& id) const {
  storage::run(sql, "DELETE FROM auth_sessions WHERE id = :id", soci::use(id));
}

long long SessionRepository::purge_expired(soci::session& sql, TimePoint now,
                                           TimePoint idle_since) const {
  const long long now_ms = to_epoch_ms(now);
  const long long idle_ms = to_epoch_ms(idle_since);
  storage::Query purge("DELETE FROM auth_sessions WHERE expires_at <= ");
  purge.bind(now_ms).append(" OR last_seen_at <= ").bind(idle_ms);
  return storage::execute_counting_rows(sql, purge) +
         storage::execute_counting_rows(
             sql, storage::Query("DELETE FROM socket_tickets WHERE expires_at <= ").bind(now_ms));
}

void SessionRepository::insert_ticket(soci::session& sql, const std::string& ticket_hash,
                                      const std::string& session_id, TimePoint expires_at) const {
  const long long expires_ms = to_epoch_ms(expires_at);
  storage::run(sql, "INSERT INTO socket_tickets (token_hash, session_id, expires_at) VALUES (:h, :s, :e)",
               soci::use(ticket_hash), soci::use(session_id), soci::use(expires_ms));
}

std::optional<std::string> SessionRepository::redeem_ticket(soci::session& sql, const std::string& ticket_hash,
                                                            TimePoint now) const {
  std::string session_id;
  long long expires_ms = 0;
  soci::indicator found = soci::i_null;
  storage::run(sql, "SELECT session_id, expires_at FROM socket_tickets WHERE token_hash = :h",
               soci::into(session_id, found), soci::into(expires_ms), soci::use(ticket_hash));
  if (found != soci::i_ok) return std::nullopt;
  // Of two redemptions racing on PostgreSQL, only the one whose DELETE removed the row wins.
  const auto deleted = storage::execute_counting_rows(
      sql, storage::Query("DELETE FROM socket_tickets WHERE token_hash = ").bind(ticket_hash));
  if (deleted != 1 || expires_ms <= to_epoch_ms(now)) return std::nullopt;
  return session_id;
}

void SessionRepository::remove_all_for_user(soci::session& sql, const std::string& user_id,
                                            const std::string& keep_id) const {
  storage::run(sql, "DELETE FROM auth_sessions WHERE user_id = :user AND id <> :keep",
               soci::use(user_id), soci::use(keep_id));
}

}  // namespace medimeet::accounts
