#pragma once

#include <memory>
#include <string>

#include "access/caller.hpp"
#include "http/socket.hpp"
#include "realtime/event_hub.hpp"

namespace medimeet::realtime {

// One signed-in user's event socket: registered with the hub while open, so that what
// concerns the user reaches it.
class EventSocket final : public http::SocketHandler {
 public:
  EventSocket(EventHub& hub, const access::Caller& caller)
      : hub_(hub), user_id_(caller.user_id), session_id_(caller.session_id) {}

  void opened(std::shared_ptr<http::Socket> socket) override;
  // Clients have nothing to say on this socket yet; what they send is ignored.
  void received(std::string_view) override {}
  void closed() override;

 private:
  EventHub& hub_;
  std::string user_id_;
  std::string session_id_;
  const http::Socket* socket_ = nullptr;
};

}  // namespace medimeet::realtime
