#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "http/router.hpp"
#include "http/socket.hpp"

namespace medimeet::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;  // 0 picks a free port (tests)
  std::size_t io_threads = 2;
  std::size_t worker_threads = 8;  // handlers and their blocking database calls run here
  std::size_t header_limit = 16 * 1024;
  std::size_t body_limit = 1024 * 1024;
  // A body a route streams to its handler (an upload) may be this large; the handler may
  // refuse it sooner.
  std::uint64_t streamed_body_limit = 20 * 1024 * 1024;
  std::chrono::milliseconds header_timeout{10'000};  // the whole request head must arrive in it
  std::chrono::milliseconds body_timeout{30'000};
  std::chrono::milliseconds idle_timeout{60'000};  // a keep-alive connection with no request
  std::chrono::milliseconds shutdown_grace{10'000};
  // Behind a reverse proxy every connection comes from the proxy: then the client address is
  // the last entry of X-Forwarded-For, which the proxy appends.
  bool trust_forwarded_for = false;
  SocketLimits socket;
};

// Asynchronous HTTP/1.1 server with keep-alive, and WebSockets on the routes that upgrade. I/O runs on `io_threads`; each request's
// handler runs on a separate worker pool so blocking work never stalls the I/O threads.
class Server {
 public:
  Server(ServerOptions options, const Router& router);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds, listens and starts the threads. Returns the bound port. Throws on bind failure.
  std::uint16_t start();
  // Stops accepting, closes every WebSocket with 1001, lets requests in flight finish (all
  // within shutdown_grace), then joins.
  void stop();
  // Blocks until SIGINT or SIGTERM, then stops gracefully.
  void run_until_signal();
  // Requests read but not yet answered.
  std::size_t requests_in_flight() const;
  // WebSockets open now.
  std::size_t open_sockets() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One connection served by the same session code as a TCP one, over an in-memory stream: the
// client sends `client_bytes`, then closes its side. For fuzzing and transport tests.
class InMemoryConnection {
 public:
  InMemoryConnection(ServerOptions options, const Router& router);
  ~InMemoryConnection();
  InMemoryConnection(const InMemoryConnection&) = delete;
  InMemoryConnection& operator=(const InMemoryConnection&) = delete;

  // Everything the server wrote back before the connection ended.
  std::string exchange(std::string_view client_bytes);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace medimeet::http
