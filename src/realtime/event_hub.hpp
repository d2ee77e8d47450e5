#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "events/live_feed.hpp"
#include "http/socket.hpp"

namespace medimeet::realtime {

// Close codes of the event socket beyond the transport's own.
namespace close_code {
// The login session ended (logout, password changed or reset): reconnecting with it is useless.
inline constexpr std::uint16_t session_ended = 4001;
}  // namespace close_code

// The open event sockets of this instance, by user: where a frame for a user goes.
class EventHub {
 public:
  // A user with more open sockets than this loses the oldest (closed with 1008).
  static constexpr std::size_t kMaxSocketsPerUser = 10;

  void attach(const std::string& user_id, const std::string& session_id, std::shared_ptr<http::Socket> socket);
  void detach(const std::string& user_id, const http::Socket* socket);
  // Sends `frame` to every open socket of those users.
  void deliver(const std::vector<std::string>& user_ids, const std::string& frame);
  void end_sessions(const events::EndedSessions& ended);
  void close_all(std::uint16_t code, const std::string& reason);
  std::size_t open_sockets() const;

 private:
  struct OpenSocket {
    std::string session_id;
    std::shared_ptr<http::Socket> socket;
  };

  mutable std::mutex mutex_;
  std::unordered_map<std::string, std::deque<OpenSocket>> by_user_;  // each user's oldest first
};

// {"type": type, "data": data} as the text frame clients receive.
std::string event_frame(std::string_view type, const boost::json::value& data);

}  // namespace medimeet::realtime
