#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>

#include "events/socket_messages.hpp"

namespace medimeet::realtime {

// What clients send on their event sockets, handed to the modules that take each type, on a
// thread of its own: the sockets' threads never wait on a database. One thread keeps every
// socket's messages in the order they came (an ICE candidate never overtakes its offer).
class SocketInbox {
 public:
  static constexpr std::size_t kMaxQueued = 10'000;  // beyond: dropped (and logged), never blocking a socket

  SocketInbox() = default;
  ~SocketInbox();
  SocketInbox(const SocketInbox&) = delete;
  SocketInbox& operator=(const SocketInbox&) = delete;

  // `handler` takes the messages whose type is `type`. Before start().
  void route(const std::string& type, events::SocketMessageHandler& handler);
  bool takes(const std::string& type) const { return handlers_.contains(type); }

  void post(events::SocketMessage message);
  // Every handler hears of the closed socket.
  void post_closed(const access::Caller& caller, const std::string& socket_id);

  void start();
  // Handles what is queued, then joins.
  void stop();

 private:
  void run();

  std::map<std::string, events::SocketMessageHandler*> handlers_;
  std::mutex mutex_;
  std::condition_variable wakeup_;
  std::deque<std::function<void()>> queue_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace medimeet::realtime
