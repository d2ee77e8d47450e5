#pragma once

#include <boost/json/value.hpp>

#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace medimeet::testing {

// A WebSocket client for tests of the event socket (Beast, on an io_context of its own that
// runs only while the test waits on it).
class EventSocketClient {
 public:
  using Headers = std::map<std::string, std::string>;

  // The handshake's answer, when the server refused the upgrade: its status (101 on success).
  static int handshake_status(const std::string& base_url, const std::string& target, const Headers& headers = {});

  // Opens ws://<base_url host><target>; throws when the server refuses. With `reading` false the
  // client reads nothing (nor answers pings) until start_reading(): a client that stopped
  // reading.
  EventSocketClient(const std::string& base_url, const std::string& target, const Headers& headers = {},
                    bool reading = true);
  ~EventSocketClient();
  EventSocketClient(const EventSocketClient&) = delete;
  EventSocketClient& operator=(const EventSocketClient&) = delete;

  void start_reading();
  // The next text frame within `timeout`, or nullopt.
  std::optional<std::string> next_frame(std::chrono::milliseconds timeout = std::chrono::seconds(5));
  // The next event of `type` within `timeout` (others are skipped), as {type, data}; nullopt.
  std::optional<boost::json::value> next_event(const std::string& type,
                                               std::chrono::milliseconds timeout = std::chrono::seconds(5));
  // Waits for the server to end the connection: the close code it sent (0: the connection was
  // cut without a close frame); nullopt when still open after `timeout`. Frames before are skipped.
  std::optional<int> wait_closed(std::chrono::milliseconds timeout = std::chrono::seconds(5));
  void send_text(const std::string& text);
  bool is_open() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The event socket's target with a fresh ticket for `token` (POSTs /api/v1/events/ticket).
std::string ticket_target(const std::string& base_url, const std::string& token);

}  // namespace medimeet::testing
