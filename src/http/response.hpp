#pragma once

#include <boost/json/fwd.hpp>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace medimeet::http {

class SocketHandler;

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  // Set by a socket route that accepted the upgrade: the transport completes the WebSocket
  // handshake and serves the socket with it.
  std::shared_ptr<SocketHandler> socket;
  // A body too large to hold (a download): the transport sends the head (with the handler's
  // Content-Length), then calls this on a worker to write the body chunk by chunk; `write` blocks
  // until its chunk is sent and throws when the client is gone. What this throws cuts the
  // connection (the head is out already).
  std::function<void(const std::function<void(std::string_view chunk)>& write)> body_writer;

  static Response json(int status, const boost::json::value& document);
  // 101: the connection becomes the WebSocket `handler` serves.
  static Response upgrade(std::shared_ptr<SocketHandler> handler);
  static Response no_content();
  static Response text(int status, std::string content_type, std::string body);

  Response& set_header(std::string name, std::string value);
  const std::string* find_header(std::string_view name) const;
};

}  // namespace medimeet::http
