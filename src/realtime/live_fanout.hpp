#pragma once

#include <memory>
#include <string>

#include "common/time.hpp"
#include "events/live_feed.hpp"
#include "realtime/event_hub.hpp"
#include "storage/database.hpp"

namespace medimeet::realtime {

// How what is published reaches the hub of every instance: the LiveFeed, with a life.
class Fanout : public events::LiveFeed {
 public:
  virtual void start() {}
  virtual void stop() {}
};

// One process (SQLite): after the commit, straight to this instance's hub.
std::unique_ptr<Fanout> make_in_process_fanout(EventHub& hub);

// Several instances on one PostgreSQL: each change writes a live_events row and NOTIFYs it in its
// transaction; every instance LISTENs on a dedicated connection and delivers the rows it hears
// of to its own sockets. After that connection was lost and found again, each socket of this
// instance is closed with 1012, so its client reconnects and refetches what it missed.
std::unique_ptr<Fanout> make_postgres_fanout(EventHub& hub, storage::Database& database, const Clock& clock,
                                             std::string database_url);

}  // namespace medimeet::realtime
