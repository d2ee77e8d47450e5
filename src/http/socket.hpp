#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace medimeet::http {

// The close codes the transport itself sends (RFC 6455 §7.4.1); an application may send its
// own from 4000.
namespace close_code {
inline constexpr std::uint16_t normal = 1000;
inline constexpr std::uint16_t going_away = 1001;        // the server is stopping
inline constexpr std::uint16_t policy_violation = 1008;  // too slow a reader, too many sockets
inline constexpr std::uint16_t too_big = 1009;           // a frame over the size limit
inline constexpr std::uint16_t service_restart = 1012;   // reconnect: the server lost some state
}  // namespace close_code

// One open WebSocket as the application sees it: no Beast types. Safe to use from any thread;
// does nothing once the socket is closing.
class Socket {
 public:
  virtual ~Socket() = default;
  // Queues one text frame. When the frames queued and not yet written exceed the socket's
  // limit (a client that stopped reading), they are dropped and the socket closes with 1008.
  virtual void send(std::string text) = 0;
  // Sends a close frame after what is queued, then ends the connection, also when the client
  // never answers it.
  virtual void close(std::uint16_t code, std::string reason) = 0;
};

// What the application does with one socket. A socket route makes it for the caller it
// admitted; the transport calls it from the socket's own thread, one call at a time.
class SocketHandler {
 public:
  virtual ~SocketHandler() = default;
  // The handshake is done; `socket` may be kept to send on until closed().
  virtual void opened(std::shared_ptr<Socket> socket) = 0;
  // One text frame from the client (binary frames are refused).
  virtual void received(std::string_view text) = 0;
  // The socket is closed, whichever side ended it; called once, and only after opened().
  virtual void closed() = 0;
};

// The transport's limits on each socket, as a server that faces the internet needs them.
struct SocketLimits {
  std::size_t max_frame = 64 * 1024;  // a larger incoming message closes the socket with 1009
  std::size_t max_queued_bytes = 1024 * 1024;
  std::chrono::milliseconds ping_interval{30'000};
  std::chrono::milliseconds silence_limit{75'000};  // nothing received (not even a pong): closed
  std::chrono::milliseconds close_timeout{5'000};   // for the client to answer a close frame
  // A socket is admitted once, at its handshake: past this age it is closed (1000), so that its
  // client reconnects and is admitted again, and an expired login keeps no socket for long.
  std::chrono::milliseconds max_age{3'600'000};
};

}  // namespace medimeet::http
