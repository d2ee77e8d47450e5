#pragma once

#include <memory>
#include <string>

#include "common/time.hpp"
#include "kernel/module.hpp"
#include "realtime/event_hub.hpp"
#include "realtime/live_fanout.hpp"
#include "storage/database.hpp"

namespace medimeet::realtime {

// The event socket (GET /api/v1/events) and the feed every module publishes on. Built before
// the other modules, which publish through feed().
class RealtimeModule : public kernel::Module {
 public:
  RealtimeModule(storage::Database& database, const Clock& clock, std::string database_url);

  const events::LiveFeed& feed() const { return *fanout_; }
  const EventHub& hub() const { return hub_; }

  void add_routes(http::Router& router) override;
  void start() override { fanout_->start(); }
  void stop() override { fanout_->stop(); }
  long long purge_expired() override;

 private:
  storage::Database& database_;
  const Clock& clock_;
  EventHub hub_;
  std::unique_ptr<Fanout> fanout_;
};

}  // namespace medimeet::realtime
