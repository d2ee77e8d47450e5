#pragma once

#include <memory>
#include <string>

#include "access/caller.hpp"
#include "http/socket.hpp"
#include "realtime/event_hub.hpp"
#include "realtime/socket_inbox.hpp"

namespace medimeet::realtime {

// One signed-in user's event socket: registered with the hub while open, so that what concerns
// the user reaches it; what the client says goes to the inbox.
class EventSocket final : public http::SocketHandler {
 public:
  EventSocket(EventHub& hub, SocketInbox& inbox, const access::Caller& caller);

  void opened(std::shared_ptr<http::Socket> socket) override;
  // {"type": …, "data": {…}} of a type a module takes; anything else is answered with an
  // "error" event naming what was wrong, and goes no further.
  void received(std::string_view text) override;
  void closed() override;

 private:
  EventHub& hub_;
  SocketInbox& inbox_;
  access::Caller caller_;
  std::string socket_id_;
  std::weak_ptr<http::Socket> socket_;
  const http::Socket* socket_address_ = nullptr;
};

}  // namespace medimeet::realtime
