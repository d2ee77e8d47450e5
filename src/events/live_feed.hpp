#pragma once

#include <boost/json/fwd.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/transaction.hpp"

namespace medimeet::events {

// Which login sessions of a user ended, so that the sockets they opened close.
struct EndedSessions {
  std::string user_id;
  std::optional<std::string> only;    // that session alone (a logout)
  std::optional<std::string> except;  // every session but that one (a password change); neither: all
};

// What reaches people's open pages as it happens, over the event socket. Modules publish in the
// transaction of the change; the frame goes out once that transaction committed, never after a
// rollback, to every socket of those users on every instance of the server. Delivery is best
// effort: the REST API stays the source of truth, and a client refetches after a reconnect.
class LiveFeed {
 public:
  virtual ~LiveFeed() = default;
  // Sends {"type": type, "data": data} to each of `user_ids`.
  virtual void publish(storage::Transaction& sql, const std::vector<std::string>& user_ids,
                       std::string_view type, const boost::json::value& data) const = 0;
  // Closes the sockets opened by those sessions.
  virtual void end_sessions(storage::Transaction& sql, const EndedSessions& ended) const = 0;
};

}  // namespace medimeet::events
