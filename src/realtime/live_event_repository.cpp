#include "realtime/live_event_repository.hpp"

#include <soci/soci.h>

#include <unordered_map>

#include "storage/kept_statements.hpp"
#include "storage/query.hpp"

namespace medimeet::realtime {
namespace {

std::string join_ids(const std::vector<std::string>& ids) {
  std::string joined;
  for (const auto& id : ids) {
    if (!joined.empty()) joined += ',';
    joined += id;
  }
  return joined;
}

std::vector<std::string> split_ids(const std::string& joined) {
  std::vector<std::string> ids;
  std::size_t start = 0;
  while (start < joined.size()) {
    auto end = joined.find(',', start);
    if (end == std::string::npos) end = joined.size();
    ids.push_back(joined.substr(start, end - start));
    start = end + 1;
  }
  return ids;
}

}  // namespace

void LiveEventRepository::insert_and_notify(soci::session& sql, const LiveEventRow& row, TimePoint now) const {
  const std::string kind = row.kind == LiveEventRow::Kind::event ? "event" : "sessions_ended";
  const std::string user_ids = join_ids(row.user_ids);
  const long long created_at = to_epoch_ms(now);
  storage::run(sql, "INSERT INTO live_events (id, kind, user_ids, body, created_at) VALUES (:id, :k, :u, :b, :c)",
               soci::use(row.id), soci::use(kind), soci::use(user_ids), soci::use(row.body), soci::use(created_at));
  const std::string channel = kChannel;
  storage::run(sql, "SELECT pg_notify(:channel, :id)", soci::use(channel), soci::use(row.id));
}

std::vector<LiveEventRow> LiveEventRepository::find(soci::session& sql, const std::vector<std::string>& ids) const {
  if (ids.empty()) return {};
  storage::Query query("SELECT id, kind, user_ids, body FROM live_events WHERE id IN (");
  query.bind_list(ids).append(")");
  std::string id;
  std::string kind;
  std::string user_ids;
  std::string body;
  storage::KeptStatement statement(sql, query.text());
  statement->exchange(soci::into(id));
  statement->exchange(soci::into(kind));
  statement->exchange(soci::into(user_ids));
  statement->exchange(soci::into(body));
  query.bind_to(*statement);
  statement->execute();
  std::unordered_map<std::string, LiveEventRow> found;
  while (statement->fetch()) {
    found[id] = {id, kind == "event" ? LiveEventRow::Kind::event : LiveEventRow::Kind::sessions_ended,
                 split_ids(user_ids), body};
  }
  std::vector<LiveEventRow> rows;
  for (const auto& wanted : ids) {
    if (auto row = found.find(wanted); row != found.end()) rows.push_back(std::move(row->second));
  }
  return rows;
}

long long LiveEventRepository::purge(soci::session& sql, TimePoint before) const {
  return storage::execute_counting_rows(
      sql, storage::Query("DELETE FROM live_events WHERE created_at <= ").bind(to_epoch_ms(before)));
}

}  // namespace medimeet::realtime
