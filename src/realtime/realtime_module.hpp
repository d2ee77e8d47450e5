#pragma once

#include <memory>
#include <string>

#include "common/time.hpp"
#include "kernel/module.hpp"
#include "realtime/event_hub.hpp"
#include "realtime/live_fanout.hpp"
#include "realtime/socket_inbox.hpp"
#include "storage/database.hpp"

namespace medimeet::realtime {

// The event socket (GET /api/v1/events) and the feed every module publishes on. Built before
// the other modules, which publish through feed().
class RealtimeModule : public kernel::Module {
 public:
  RealtimeModule(storage::Database& database, const Clock& clock, std::string database_url);

  const events::LiveFeed& feed() const { return *fanout_; }
  const EventHub& hub() const { return hub_; }

  // What clients send of `type` on their sockets goes to `handler`. Before start().
  void take_messages(const std::string& type, events::SocketMessageHandler& handler) { inbox_.route(type, handler); }

  void add_routes(http::Router& router) override;
  void start() override;
  void stop() override;
  long long purge_expired() override;

 private:
  storage::Database& database_;
  const Clock& clock_;
  EventHub hub_;
  std::unique_ptr<Fanout> fanout_;
  SocketInbox inbox_;
};

}  // namespace medimeet::realtime
