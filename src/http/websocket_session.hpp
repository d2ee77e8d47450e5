#pragma once

// Between the two translation units that know Beast (server.cpp hands an upgraded connection
// to websocket_session.cpp); nothing else includes it.

#include <boost/beast/core/tcp_stream.hpp>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "http/request.hpp"
#include "http/socket.hpp"

namespace medimeet::http {

// A socket the transport serves: what a server's stop needs of it.
class ServedSocket : public Socket {
 public:
  // After the I/O threads stopped with the socket still open: its handler hears it closed.
  virtual void abandon() = 0;
};

// Every open WebSocket of one server, so that stopping it closes each with 1001 and waits.
class OpenSockets {
 public:
  void add(const std::shared_ptr<ServedSocket>& socket);
  void remove(const ServedSocket* socket);
  std::size_t size() const;
  // Closes every socket with `code`, then waits until all have ended or `deadline` passed.
  void close_all(std::uint16_t code, const std::string& reason,
                 std::chrono::steady_clock::time_point deadline);
  // After the I/O threads stopped: abandons the sockets still open.
  void abandon_all();

 private:
  mutable std::mutex mutex_;
  std::condition_variable ended_;
  std::unordered_map<const ServedSocket*, std::shared_ptr<ServedSocket>> sockets_;
};

// Takes over a connection whose upgrade request a socket route accepted: completes the
// handshake with `request`'s headers, then serves the socket to `handler` within `limits`.
// (A client sends nothing more before the handshake's answer, so no bytes read ahead are lost.)
void serve_websocket(boost::beast::tcp_stream stream, const Request& request,
                     std::shared_ptr<SocketHandler> handler, const SocketLimits& limits,
                     OpenSockets& open_sockets);

}  // namespace medimeet::http
