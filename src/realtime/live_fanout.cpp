#include "realtime/live_fanout.hpp"

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>

#include "common/json_output.hpp"
#include "common/object_id.hpp"
#include "realtime/live_event_repository.hpp"
#include "storage/notification_listener.hpp"

namespace medimeet::realtime {
namespace {

class InProcessFanout final : public Fanout {
 public:
  explicit InProcessFanout(EventHub& hub) : hub_(hub) {}

  void publish(storage::Transaction& sql, const std::vector<std::string>& user_ids, std::string_view type,
               const boost::json::value& data) const override {
    sql.after_commit([&hub = hub_, user_ids, frame = event_frame(type, data)] { hub.deliver(user_ids, frame); });
  }

  void end_sessions(storage::Transaction& sql, const events::EndedSessions& ended) const override {
    sql.after_commit([&hub = hub_, ended] { hub.end_sessions(ended); });
  }

 private:
  EventHub& hub_;
};

std::string sessions_to_json(const events::EndedSessions& ended) {
  return to_json_text(boost::json::object{{"only", nullable(ended.only)}, {"except", nullable(ended.except)}});
}

events::EndedSessions sessions_from_json(const std::string& user_id, const std::string& body) {
  const auto document = boost::json::parse(body).as_object();
  events::EndedSessions ended{user_id, std::nullopt, std::nullopt};
  if (const auto* only = document.if_contains("only"); only && only->is_string()) {
    ended.only = std::string(only->as_string());
  }
  if (const auto* except = document.if_contains("except"); except && except->is_string()) {
    ended.except = std::string(except->as_string());
  }
  return ended;
}

class PostgresFanout final : public Fanout {
 public:
  PostgresFanout(EventHub& hub, storage::Database& database, const Clock& clock, std::string database_url)
      : hub_(hub),
        database_(database),
        clock_(clock),
        listener_(
            std::move(database_url), LiveEventRepository::kChannel,
            [this](const std::vector<std::string>& ids) { deliver(ids); },
            [this] { hub_.close_all(http::close_code::service_restart, "events may have been missed: reconnect"); }) {}

  void publish(storage::Transaction& sql, const std::vector<std::string>& user_ids, std::string_view type,
               const boost::json::value& data) const override {
    const auto now = clock_.now();
    events_.insert_and_notify(sql, {new_object_id(now), LiveEventRow::Kind::event, user_ids, event_frame(type, data)},
                              now);
  }

  void end_sessions(storage::Transaction& sql, const events::EndedSessions& ended) const override {
    const auto now = clock_.now();
    events_.insert_and_notify(
        sql, {new_object_id(now), LiveEventRow::Kind::sessions_ended, {ended.user_id}, sessions_to_json(ended)}, now);
  }

  void start() override { listener_.start(); }
  void stop() override { listener_.stop(); }

 private:
  void deliver(const std::vector<std::string>& ids) {
    const auto rows = database_.read([&](soci::session& sql) { return events_.find(sql, ids); });
    for (const auto& row : rows) {
      if (row.kind == LiveEventRow::Kind::event) {
        hub_.deliver(row.user_ids, row.body);
      } else if (!row.user_ids.empty()) {
        hub_.end_sessions(sessions_from_json(row.user_ids.front(), row.body));
      }
    }
  }

  EventHub& hub_;
  storage::Database& database_;
  const Clock& clock_;
  LiveEventRepository events_;
  storage::NotificationListener listener_;
};

}  // namespace

std::unique_ptr<Fanout> make_in_process_fanout(EventHub& hub) { return std::make_unique<InProcessFanout>(hub); }

std::unique_ptr<Fanout> make_postgres_fanout(EventHub& hub, storage::Database& database, const Clock& clock,
                                             std::string database_url) {
  return std::make_unique<PostgresFanout>(hub, database, clock, std::move(database_url));
}

}  // namespace medimeet::realtime
