#pragma once

#include <boost/json/object.hpp>

#include <functional>
#include <string>

#include "access/caller.hpp"

namespace medimeet::events {

// What a client said on its event socket ({"type": …, "data": {…}}), as the module that handles
// that type receives it, on a worker thread (never the socket's own).
struct SocketMessage {
  access::Caller caller;  // who opened the socket
  std::string socket_id;  // which of their sockets: a random id, unique on every instance
  std::string type;       // "room.join", "rtc.offer", …
  boost::json::object data;
  // Sends {"type": type, "data": data} back to that socket alone (a refusal, an acknowledgement).
  std::function<void(std::string_view type, const boost::json::value& data)> reply;
};

// A module that takes some types of socket messages.
class SocketMessageHandler {
 public:
  virtual ~SocketMessageHandler() = default;
  // Called in the order the socket received them, one message at a time.
  virtual void handle(const SocketMessage& message) = 0;
  // The socket closed: what it had joined it leaves.
  virtual void socket_closed(const access::Caller& caller, const std::string& socket_id) = 0;
};

}  // namespace medimeet::events
