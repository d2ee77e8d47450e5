#include "realtime/event_socket.hpp"

namespace medimeet::realtime {

void EventSocket::opened(std::shared_ptr<http::Socket> socket) {
  socket_ = socket.get();
  hub_.attach(user_id_, session_id_, std::move(socket));
}

void EventSocket::closed() { hub_.detach(user_id_, socket_); }

}  // namespace medimeet::realtime
