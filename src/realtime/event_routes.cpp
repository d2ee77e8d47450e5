#include "realtime/event_routes.hpp"

#include "realtime/event_socket.hpp"

namespace medimeet::realtime {

void add_routes(http::Router& router, EventHub& hub, SocketInbox& inbox) {
  router.add_socket("/api/v1/events", http::Access::signed_in, [&](const http::Request& request) {
    return std::make_shared<EventSocket>(hub, inbox, request.caller());
  });
}

}  // namespace medimeet::realtime
