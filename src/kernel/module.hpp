#pragma once

#include <boost/json/object.hpp>
#include <soci/session.h>

#include <vector>

#include "access/caller.hpp"
#include "common/time.hpp"
#include "events/event_bus.hpp"
#include "events/live_feed.hpp"
#include "http/router.hpp"
#include "kernel/collection.hpp"
#include "storage/database.hpp"

namespace medimeet::kernel {

// What every module is built from; each adds the services of the modules it relies on and its
// own settings.
struct Core {
  storage::Database& database;
  const Clock& clock;
  events::EventBus& events;
  const events::LiveFeed& live;  // what reaches open pages at once
};

// One domain as the application sees it: it builds its repositories and services, subscribes
// to the events it reacts to (in its constructor, before anything is served), and offers its
// endpoints, its background work and its share of the hourly clean-up.
class Module {
 public:
  virtual ~Module() = default;

  virtual void add_routes(http::Router& router) = 0;
  // Starts and stops the module's background threads, if it has any.
  virtual void start() {}
  virtual void stop() {}
  // Deletes what has expired; returns how many rows went.
  virtual long long purge_expired() { return 0; }
  // Adds what the module holds about `caller` to their data export (GDPR Art. 20) under keys of
  // its own, read on `sql`: never a secret, a hash or a key.
  virtual void export_personal_data(soci::session& /*sql*/, const access::Caller& /*caller*/,
                                    boost::json::object& /*document*/) const {}
  // The seed collections whose tables the module owns, for `medimeet export|import --format
  // mongodb`.
  virtual std::vector<Collection*> collections() { return {}; }
};

}  // namespace medimeet::kernel
