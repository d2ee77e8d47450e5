#pragma once

#include <soci/session.h>

#include <string>
#include <vector>

#include "common/time.hpp"

namespace medimeet::realtime {

// A row of live_events: what every instance on one PostgreSQL delivers to its own sockets.
struct LiveEventRow {
  enum class Kind { event, sessions_ended };
  std::string id;
  Kind kind = Kind::event;
  std::vector<std::string> user_ids;
  std::string body;  // the frame, or which sessions ended (JSON)
};

// All SQL of the live_events table (PostgreSQL only).
class LiveEventRepository {
 public:
  static constexpr const char* kChannel = "medimeet_live";

  // Writes the row and NOTIFYs its id on kChannel: PostgreSQL delivers the notification only
  // when the transaction commits.
  void insert_and_notify(soci::session& sql, const LiveEventRow& row, TimePoint now) const;
  // The rows of these ids, in the order of `ids` (an id whose row is gone is skipped).
  std::vector<LiveEventRow> find(soci::session& sql, const std::vector<std::string>& ids) const;
  // Rows written before `before`; returns how many went.
  long long purge(soci::session& sql, TimePoint before) const;
};

}  // namespace medimeet::realtime
