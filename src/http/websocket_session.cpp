// The WebSocket side of the transport, after the model of Beast's
// example/websocket/server/chat-multi: one session per socket on its own strand, one read always
// pending, and a queue that serializes every write (text frames, pings, the close frame).
#include "http/websocket_session.hpp"

#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/websocket.hpp>
#include <spdlog/spdlog.h>

#include <deque>

#include "common/logged_failure.hpp"

namespace medimeet::http {

void OpenSockets::add(const std::shared_ptr<ServedSocket>& socket) {
  std::lock_guard lock(mutex_);
  sockets_.emplace(socket.get(), socket);
}

void OpenSockets::remove(const ServedSocket* socket) {
  std::lock_guard lock(mutex_);
  sockets_.erase(socket);
  if (sockets_.empty()) ended_.notify_all();
}

std::size_t OpenSockets::size() const {
  std::lock_guard lock(mutex_);
  return sockets_.size();
}

void OpenSockets::close_all(std::uint16_t code, const std::string& reason,
                            std::chrono::steady_clock::time_point deadline) {
  std::vector<std::shared_ptr<ServedSocket>> open;
  {
    std::lock_guard lock(mutex_);
    for (const auto& [key, socket] : sockets_) open.push_back(socket);
  }
  for (const auto& socket : open) socket->close(code, reason);
  std::unique_lock lock(mutex_);
  ended_.wait_until(lock, deadline, [this] { return sockets_.empty(); });
}

void OpenSockets::abandon_all() {
  std::unordered_map<const ServedSocket*, std::shared_ptr<ServedSocket>> left;
  {
    std::lock_guard lock(mutex_);
    left.swap(sockets_);
  }
  for (const auto& [key, socket] : left) socket->abandon();
}

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
namespace websocket = beast::websocket;

class WebSocketSession final : public ServedSocket, public std::enable_shared_from_this<WebSocketSession> {
 public:
  WebSocketSession(beast::tcp_stream stream, std::shared_ptr<SocketHandler> handler,
                   const SocketLimits& limits, OpenSockets& open_sockets)
      : ws_(std::move(stream)),
        handler_(std::move(handler)),
        limits_(limits),
        open_sockets_(open_sockets),
        ping_timer_(ws_.get_executor()),
        silence_timer_(ws_.get_executor()),
        age_timer_(ws_.get_executor()),
        close_timer_(ws_.get_executor()) {}

  void accept(const Request& request) {
    auto handshake = std::make_shared<bhttp::request<bhttp::empty_body>>(bhttp::verb::get, request.path, 11);
    for (const auto& [name, value] : request.headers) handshake->set(name, value);

    // The websocket stream keeps its own time: the TCP stream's deadline must be off.
    beast::get_lowest_layer(ws_).expires_never();
    ws_.set_option(websocket::stream_base::timeout{limits_.close_timeout, websocket::stream_base::none(), false});
    ws_.set_option(websocket::stream_base::decorator(
        [](websocket::response_type& response) { response.set(bhttp::field::server, "medimeet"); }));
    ws_.read_message_max(limits_.max_frame);
    ws_.auto_fragment(false);
    ws_.text(true);
    ws_.control_callback([this](websocket::frame_type, beast::string_view) { heard_from_client(); });
    // Registered from the start, so that a stop also ends the handshakes under way.
    open_sockets_.add(shared_from_this());
    ws_.async_accept(*handshake, [self = shared_from_this(), handshake](beast::error_code ec) {
      self->on_accept(ec);
    });
  }

  void send(std::string text) override {
    asio::post(ws_.get_executor(), [self = shared_from_this(), text = std::move(text)]() mutable {
      self->queue_text(std::move(text));
    });
  }

  void close(std::uint16_t code, std::string reason) override {
    asio::post(ws_.get_executor(), [self = shared_from_this(), code, reason = std::move(reason)] {
      self->start_closing(code, reason);
    });
  }

  void abandon() override { finish(); }

 private:
  struct Outgoing {
    enum class Kind { text, ping, close } kind;
    std::string text;
    websocket::close_reason reason;
  };

  void on_accept(beast::error_code ec) {
    if (ec) {
      finish();
      return;
    }
    opened_ = true;
    if (closing_) {
      // Closed while the handshake ran (a stop): the client still gets its close frame, and the
      // handler never hears of a socket it never had.
      send_close(*pending_close_);
      read();
      return;
    }
    handler_open_ = true;
    last_heard_ = std::chrono::steady_clock::now();
    handler_->opened(shared_from_this());
    schedule_ping();
    watch_silence(limits_.silence_limit);
    age_timer_.expires_after(limits_.max_age);
    age_timer_.async_wait([self = shared_from_this()](beast::error_code ec) {
      if (!ec) self->start_closing(close_code::normal, "reconnect to be admitted again");
    });
    read();
  }

  void read() {
    ws_.async_read(incoming_, [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_read(ec); });
  }

  void on_read(beast::error_code ec) {
    if (ec) {
      // An oversized frame: Beast has already sent the close frame with 1009.
      if (ec == websocket::error::message_too_big) spdlog::info("a socket sent a frame over {} bytes", limits_.max_frame);
      finish();
      return;
    }
    heard_from_client();
    if (!ws_.got_text()) {
      start_closing(static_cast<std::uint16_t>(websocket::close_code::bad_payload), "text frames only");
    } else {
      const auto text = beast::buffers_to_string(incoming_.data());
      run_logging_failure("a socket handler", [&] { handler_->received(text); });
    }
    incoming_.consume(incoming_.size());
    read();
  }

  void heard_from_client() { last_heard_ = std::chrono::steady_clock::now(); }

  void queue_text(std::string text) {
    if (closing_ || finished_) return;
    if (queued_bytes_ + text.size() > limits_.max_queued_bytes) {
      // A client that stopped reading: never buffered without end.
      std::erase_if(queue_, [](const Outgoing& item) { return item.kind == Outgoing::Kind::text; });
      queued_bytes_ = 0;
      start_closing(close_code::policy_violation, "too slow to read its events");
      return;
    }
    queued_bytes_ += text.size();
    queue_.push_back({Outgoing::Kind::text, std::move(text), {}});
    write_next();
  }

  void start_closing(std::uint16_t code, const std::string& reason) {
    if (closing_ || finished_) return;
    closing_ = true;
    const websocket::close_reason close(static_cast<websocket::close_code>(code), reason);
    if (!opened_) {
      pending_close_ = close;  // sent once the handshake is done
      return;
    }
    send_close(close);
  }

  void send_close(const websocket::close_reason& close) {
    queue_.push_back({Outgoing::Kind::close, {}, close});
    // A client that never answers, or never reads the frames ahead of the close: cut it off.
    close_timer_.expires_after(limits_.close_timeout);
    close_timer_.async_wait([self = shared_from_this()](beast::error_code ec) {
      if (!ec) self->teardown();
    });
    write_next();
  }

  void write_next() {
    if (writing_ || queue_.empty() || finished_) return;
    writing_ = true;
    current_ = std::move(queue_.front());
    queue_.pop_front();
    auto done = [self = shared_from_this()](beast::error_code ec, std::size_t = 0) { self->on_written(ec); };
    switch (current_.kind) {
      case Outgoing::Kind::text:
        queued_bytes_ -= current_.text.size();
        ws_.async_write(asio::buffer(current_.text), done);
        break;
      case Outgoing::Kind::ping: ws_.async_ping({}, done); break;
      case Outgoing::Kind::close: ws_.async_close(current_.reason, done); break;
    }
  }

  void on_written(beast::error_code ec) {
    writing_ = false;
    current_ = {};
    if (ec) {
      teardown();
      return;
    }
    write_next();
  }

  void schedule_ping() {
    ping_timer_.expires_after(limits_.ping_interval);
    ping_timer_.async_wait([self = shared_from_this()](beast::error_code ec) {
      if (ec || self->closing_ || self->finished_) return;
      self->queue_.push_back({Outgoing::Kind::ping, {}, {}});
      self->write_next();
      self->schedule_ping();
    });
  }

  // Re-armed for what is left of the limit rather than on every frame: cancelling a timer per
  // frame would cost more than the frame.
  void watch_silence(std::chrono::steady_clock::duration wait) {
    silence_timer_.expires_after(wait);
    silence_timer_.async_wait([self = shared_from_this()](beast::error_code ec) {
      if (ec || self->finished_) return;
      const auto silent = std::chrono::steady_clock::now() - self->last_heard_;
      if (silent >= self->limits_.silence_limit) {
        self->teardown();  // a peer that no longer answers pings would not answer a close
        return;
      }
      self->watch_silence(self->limits_.silence_limit - silent);
    });
  }

  // Ends the connection at once; the pending read then fails and finishes the session.
  void teardown() {
    beast::error_code ignored;
    beast::get_lowest_layer(ws_).socket().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
    beast::get_lowest_layer(ws_).close();
  }

  void finish() {
    if (finished_) return;
    finished_ = true;
    ping_timer_.cancel();
    silence_timer_.cancel();
    age_timer_.cancel();
    close_timer_.cancel();
    queue_.clear();
    beast::get_lowest_layer(ws_).close();
    open_sockets_.remove(this);
    if (handler_open_) run_logging_failure("a socket handler", [&] { handler_->closed(); });
  }

  websocket::stream<beast::tcp_stream> ws_;
  std::shared_ptr<SocketHandler> handler_;
  const SocketLimits& limits_;
  OpenSockets& open_sockets_;
  beast::flat_buffer incoming_;
  std::deque<Outgoing> queue_;
  Outgoing current_{};  // the frame being written: its bytes must outlive the write
  std::size_t queued_bytes_ = 0;
  bool writing_ = false;
  bool opened_ = false;        // the handshake is done
  bool handler_open_ = false;  // the handler was told so, and is told of the end
  bool closing_ = false;
  std::optional<websocket::close_reason> pending_close_;
  bool finished_ = false;
  std::chrono::steady_clock::time_point last_heard_;
  asio::steady_timer ping_timer_;
  asio::steady_timer silence_timer_;
  asio::steady_timer age_timer_;
  asio::steady_timer close_timer_;
};

}  // namespace

void serve_websocket(beast::tcp_stream stream, const Request& request, std::shared_ptr<SocketHandler> handler,
                     const SocketLimits& limits, OpenSockets& open_sockets) {
  std::make_shared<WebSocketSession>(std::move(stream), std::move(handler), limits, open_sockets)->accept(request);
}

}  // namespace medimeet::http
