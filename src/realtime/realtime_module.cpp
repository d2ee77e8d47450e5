#include "realtime/realtime_module.hpp"

#include "realtime/event_routes.hpp"
#include "realtime/live_event_repository.hpp"

namespace medimeet::realtime {
namespace {

// Instances deliver a row within moments of its NOTIFY; an hour leaves room for diagnosis.
constexpr auto kLiveEventRetention = std::chrono::hours(1);

}  // namespace

RealtimeModule::RealtimeModule(storage::Database& database, const Clock& clock, std::string database_url)
    : database_(database),
      clock_(clock),
      fanout_(database.backend() == storage::Backend::postgresql
                  ? make_postgres_fanout(hub_, database, clock, std::move(database_url))
                  : make_in_process_fanout(hub_)) {}

void RealtimeModule::add_routes(http::Router& router) { realtime::add_routes(router, hub_, inbox_); }

void RealtimeModule::start() {
  fanout_->start();
  inbox_.start();
}

void RealtimeModule::stop() {
  inbox_.stop();
  fanout_->stop();
}

long long RealtimeModule::purge_expired() {
  if (database_.backend() != storage::Backend::postgresql) return 0;
  const auto before = clock_.now() - kLiveEventRetention;
  return database_.write([&](soci::session& sql) { return LiveEventRepository{}.purge(sql, before); });
}

}  // namespace medimeet::realtime
