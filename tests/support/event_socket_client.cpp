#include "event_socket_client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json/parse.hpp>

#include <stdexcept>

#include "http_client.hpp"

namespace medimeet::testing {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using tcp = asio::ip::tcp;

std::pair<std::string, std::string> host_and_port(const std::string& base_url) {
  const auto authority = base_url.substr(base_url.find("://") + 3);
  const auto colon = authority.rfind(':');
  return {authority.substr(0, colon), authority.substr(colon + 1)};
}

}  // namespace

struct EventSocketClient::Impl {
  asio::io_context ioc;
  websocket::stream<beast::tcp_stream> ws{ioc};
  beast::flat_buffer buffer;
  std::deque<std::string> frames;
  bool reading = false;
  bool closed = false;
  int close_code = 0;

  void open(const std::string& base_url, const std::string& target, const Headers& headers,
            websocket::response_type& response) {
    const auto [host, port] = host_and_port(base_url);
    tcp::resolver resolver(ioc);
    beast::get_lowest_layer(ws).connect(resolver.resolve(host, port));
    ws.set_option(websocket::stream_base::decorator([headers](websocket::request_type& request) {
      for (const auto& [name, value] : headers) request.set(name, value);
    }));
    ws.read_message_max(0);  // the tests send what they like; the server enforces its own cap
    ws.handshake(response, host + ":" + port, target);
  }

  void read() {
    ws.async_read(buffer, [this](beast::error_code ec, std::size_t) {
      if (ec) {
        closed = true;
        close_code = ws.reason().code;
        return;
      }
      frames.push_back(beast::buffers_to_string(buffer.data()));
      buffer.consume(buffer.size());
      read();
    });
  }

  // Runs the client's handlers until `done()` or the timeout.
  template <class Done>
  void run_until(Done done, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!done() && std::chrono::steady_clock::now() < deadline) {
      ioc.restart();
      ioc.run_one_for(deadline - std::chrono::steady_clock::now());
    }
  }
};

int EventSocketClient::handshake_status(const std::string& base_url, const std::string& target,
                                        const Headers& headers) {
  Impl impl;
  websocket::response_type response;
  try {
    impl.open(base_url, target, headers, response);
  } catch (const beast::system_error&) {
    // A refused upgrade: the response holds the server's answer.
  }
  return static_cast<int>(response.result_int());
}

EventSocketClient::EventSocketClient(const std::string& base_url, const std::string& target, const Headers& headers,
                                     bool reading)
    : impl_(std::make_unique<Impl>()) {
  websocket::response_type response;
  impl_->open(base_url, target, headers, response);
  if (reading) start_reading();
}

EventSocketClient::~EventSocketClient() {
  beast::error_code ignored;
  beast::get_lowest_layer(impl_->ws).socket().close(ignored);
}

void EventSocketClient::start_reading() {
  if (impl_->reading) return;
  impl_->reading = true;
  impl_->read();
}

std::optional<std::string> EventSocketClient::next_frame(std::chrono::milliseconds timeout) {
  impl_->run_until([&] { return !impl_->frames.empty() || impl_->closed; }, timeout);
  if (impl_->frames.empty()) return std::nullopt;
  auto frame = std::move(impl_->frames.front());
  impl_->frames.pop_front();
  return frame;
}

std::optional<boost::json::value> EventSocketClient::next_event(const std::string& type,
                                                                std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return std::nullopt;
    auto frame = next_frame(left);
    if (!frame) return std::nullopt;
    auto event = boost::json::parse(*frame);
    if (event.as_object().at("type").as_string() == type) return event;
  }
}

std::optional<int> EventSocketClient::wait_closed(std::chrono::milliseconds timeout) {
  start_reading();
  impl_->run_until([&] { return impl_->closed; }, timeout);
  if (!impl_->closed) return std::nullopt;
  return impl_->close_code;
}

void EventSocketClient::send_text(const std::string& text) {
  impl_->ws.text(true);
  impl_->ws.write(asio::buffer(text));
}

bool EventSocketClient::is_open() const { return !impl_->closed; }

std::string ticket_target(const std::string& base_url, const std::string& token) {
  HttpClient client(base_url);
  auto result = client.post_empty("/api/v1/events/ticket", token);
  if (result.status != 201) throw std::runtime_error("no ticket: " + std::to_string(result.status) + " " + result.body);
  return "/api/v1/events?ticket=" + std::string(result.json().as_object().at("ticket").as_string());
}

}  // namespace medimeet::testing
