// The only translation unit that knows Beast and Asio's networking.
#include "http/server.hpp"

#include <boost/asio/defer.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/write.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/_experimental/test/stream.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <spdlog/spdlog.h>
#include <sys/resource.h>

#include <atomic>
#include <future>
#include <optional>
#include <thread>
#include <vector>

#include "common/error.hpp"
#include "common/text.hpp"
#include "http/request_pipeline.hpp"
#include "http/websocket_session.hpp"

namespace medimeet::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;

Method method_of(bhttp::verb verb) {
  switch (verb) {
    case bhttp::verb::get: return Method::get;
    case bhttp::verb::head: return Method::head;
    case bhttp::verb::post: return Method::post;
    case bhttp::verb::put: return Method::put;
    case bhttp::verb::patch: return Method::patch;
    case bhttp::verb::delete_: return Method::delete_;
    case bhttp::verb::options: return Method::options;
    default: return Method::other;
  }
}

struct SharedState {
  const Router& router;
  ServerOptions options;
  asio::thread_pool workers;
  std::atomic<bool> stopping{false};
  std::atomic<int> in_flight{0};
  OpenSockets sockets;

  SharedState(const Router& r, ServerOptions o)
      : router(r), options(std::move(o)), workers(options.worker_threads) {}
};

// Parses one request straight into a Request. Unlike Beast's parser<> it never throws (its
// fields container throws on a field of 64 KiB), and trailer fields count against the header
// cap like header fields do; trailers are otherwise dropped, as RFC 9110 allows.
class RequestParser final : public bhttp::basic_parser<true> {
 public:
  RequestParser(std::size_t header_limit, std::uint64_t body_limit) : header_limit_(header_limit) {
    this->header_limit(static_cast<std::uint32_t>(header_limit));
    this->body_limit(body_limit);
  }

  Request& request() { return request_; }
  unsigned http_version() const { return version_; }
  // From now on the body goes to `sink` as it is parsed, not into the request.
  void stream_body_to(std::string* sink) { body_sink_ = sink; }
  // Why the request was refused as malformed, when the parser knows better than Beast's code.
  const std::string& problem() const { return problem_; }

 private:
  void refuse(beast::error_code& ec, std::string problem) {
    problem_ = std::move(problem);
    ec = bhttp::error::bad_value;
  }

  void on_request_impl(bhttp::verb verb, beast::string_view, beast::string_view target,
                       int version, beast::error_code& ec) override {
    version_ = static_cast<unsigned>(version);
    request_.method = method_of(verb);
    if (!request_.set_target(target)) refuse(ec, "The request target is malformed.");
  }

  void on_response_impl(int, beast::string_view, int, beast::error_code& ec) override {
    ec = bhttp::error::bad_method;  // never called for requests
  }

  void on_field_impl(bhttp::field field, beast::string_view name, beast::string_view value,
                     beast::error_code& ec) override {
    field_bytes_ += name.size() + value.size() + 4;  // ": " and CRLF
    if (field_bytes_ > header_limit_) {
      ec = bhttp::error::header_limit;
      return;
    }
    if (header_done_) return;  // a trailer
    if (field == bhttp::field::host) ++host_fields_;
    request_.headers.emplace(ascii_lowercase(name), std::string(value));
  }

  void on_header_impl(beast::error_code& ec) override {
    header_done_ = true;
    // RFC 9112 §3.2: an HTTP/1.1 request carries exactly one Host.
    if (version_ >= 11 && host_fields_ != 1) {
      refuse(ec, host_fields_ == 0 ? "The request has no Host header."
                                   : "The request has more than one Host header.");
    }
  }

  void on_body_init_impl(const boost::optional<std::uint64_t>& length,
                         beast::error_code&) override {
    if (length && body_sink_ == nullptr) request_.body.reserve(static_cast<std::size_t>(*length));
  }

  std::size_t on_body_impl(beast::string_view body, beast::error_code&) override {
    (body_sink_ != nullptr ? *body_sink_ : request_.body).append(body.data(), body.size());
    return body.size();
  }

  void on_chunk_header_impl(std::uint64_t, beast::string_view, beast::error_code&) override {}

  std::size_t on_chunk_body_impl(std::uint64_t, beast::string_view body,
                                 beast::error_code&) override {
    (body_sink_ != nullptr ? *body_sink_ : request_.body).append(body.data(), body.size());
    return body.size();
  }

  void on_finish_impl(beast::error_code&) override {}

  std::size_t header_limit_;
  std::size_t field_bytes_ = 0;
  int host_fields_ = 0;
  bool header_done_ = false;
  unsigned version_ = 11;
  std::string problem_;
  Request request_;
  std::string* body_sink_ = nullptr;
};

// One connection: reads requests one after another (keep-alive), hands each to a worker, writes
// the answers in order. Works over TCP and, for fuzzing and tests, over Beast's in-memory stream.
template <class Stream>
class Session : public std::enable_shared_from_this<Session<Stream>> {
  static constexpr bool kTcp = std::is_same_v<Stream, beast::tcp_stream>;
  // Unparsed input a connection may hold: a request head (capped by the parser) and what one read
  // brings beyond it. Without a cap a trailer section would pile up unparsed.
  static constexpr std::size_t kReadAhead = 64 * 1024;
  // How much of a streamed body is read ahead of its handler at most.
  static constexpr std::size_t kStreamedBatch = 256 * 1024;

 public:
  Session(Stream&& stream, SharedState& state, std::string client_address)
      : stream_(std::move(stream)),
        buffer_(state.options.header_limit + kReadAhead),
        state_(state),
        client_address_(std::move(client_address)) {}

  void start() {
    asio::dispatch(stream_.get_executor(), [self = this->shared_from_this()] {
      self->guarded([&] { self->read_header(); });
    });
  }

 private:
  // Every step of the connection runs through here: whatever it throws is logged once and ends
  // this connection, never the process.
  template <class Step>
  void guarded(Step&& step) noexcept {
    try {
      step();
    } catch (const std::exception& error) {
      spdlog::error("connection from {} failed (request {}): {}", client_address_, last_request_id_,
                    error.what());
      close();
    } catch (...) {
      spdlog::error("connection from {} failed (request {})", client_address_, last_request_id_);
      close();
    }
  }

  template <class Handler>
  auto step(Handler handler) {
    return [self = this->shared_from_this(), handler](auto&&... args) {
      self->guarded([&] { ((*self).*handler)(args...); });
    };
  }

  void expire_after(std::chrono::milliseconds timeout) {
    if constexpr (kTcp) stream_.expires_after(timeout);
  }
  void expire_never() {
    if constexpr (kTcp) stream_.expires_never();
  }

  void read_header() {
    last_request_id_ = "-";  // not yet known for the request about to be read
    // Beast checks a Content-Length against the limit as soon as the head is parsed, before the
    // route is known: the larger limit of uploads holds until on_header sets the route's own.
    parser_.emplace(state_.options.header_limit,
                    std::max<std::uint64_t>(state_.options.body_limit, state_.options.streamed_body_limit));
    expire_after(served_ == 0 ? state_.options.header_timeout : state_.options.idle_timeout);
    bhttp::async_read_header(stream_, buffer_, *parser_, step(&Session::on_header));
  }

  void on_header(beast::error_code ec, std::size_t) {
    if (ec) return on_read_error(ec);
    const auto& head = parser_->request();
    if (state_.router.streams_body(head.method, head.path)) return hand_over_streamed_body();
    if (auto length = parser_->content_length(); length && *length > state_.options.body_limit) {
      return on_read_error(bhttp::error::body_limit);
    }
    parser_->body_limit(state_.options.body_limit);  // a chunked body is counted as it comes
    expire_after(state_.options.body_timeout);
    bhttp::async_read(stream_, buffer_, *parser_, step(&Session::on_body));
  }

  // An upload: its handler reads the body as it arrives (read_streamed), never all of it held.
  void hand_over_streamed_body() {
    parser_->body_limit(state_.options.streamed_body_limit);
    parser_->stream_body_to(&streamed_);
    streamed_.clear();
    streamed_offset_ = 0;
    body_failed_ = false;
    expects_continue_ = equals_ignoring_ascii_case(parser_->request().header("expect").value_or(""), "100-continue");
    const bool keep_alive = parser_->keep_alive();
    const unsigned version = parser_->http_version();
    Request request = std::move(parser_->request());
    request.read_body = [self = this->shared_from_this()](char* buffer, std::size_t capacity) {
      return self->read_streamed(buffer, capacity);
    };
    dispatch(std::move(request), keep_alive, version);
  }

  // Called on the handler's worker, while this connection's strand is idle: each read is started
  // on the strand, and the worker waits for it (at most a little longer than the read may take,
  // so that a stopped server never leaves a worker waiting).
  std::size_t read_streamed(char* buffer, std::size_t capacity) {
    while (streamed_offset_ == streamed_.size()) {
      streamed_.clear();
      streamed_offset_ = 0;
      if (body_failed_) throw AppError(ErrorKind::bad_request, "body_incomplete", "The request body was cut short.");
      if (parser_->is_done()) return 0;
      const auto ec = wait_on_strand([this](auto done) {
        if (!expects_continue_) return read_streamed_batch(done);
        // The client waits for this before it sends the body (curl does, for large ones).
        expects_continue_ = false;
        static constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
        asio::async_write(stream_, asio::buffer(kContinue.data(), kContinue.size()),
                          [self = this->shared_from_this(), done](beast::error_code ec, std::size_t) {
                            if (ec) return done(ec, 0);
                            self->read_streamed_batch(done);
                          });
      });
      if (ec) {
        body_failed_ = true;
        if (ec == bhttp::error::body_limit) {
          throw AppError(ErrorKind::payload_too_large, "payload_too_large",
                         "The request body is larger than " + std::to_string(state_.options.streamed_body_limit) +
                             " bytes.");
        }
        throw AppError(ErrorKind::bad_request, "body_incomplete", "The request body was cut short.");
      }
    }
    const auto n = std::min(capacity, streamed_.size() - streamed_offset_);
    std::copy_n(streamed_.data() + streamed_offset_, n, buffer);
    streamed_offset_ += n;
    return n;
  }

  // Runs `start(done)` on the connection's strand, where it begins one asynchronous operation
  // whose completion calls `done`, and waits for it on this worker (at most a little longer than
  // the operation may take, so that a stopped server never leaves a worker waiting).
  template <class Start>
  beast::error_code wait_on_strand(Start start) {
    auto finished = std::make_shared<std::promise<beast::error_code>>();
    auto result = finished->get_future();
    asio::post(stream_.get_executor(), [self = this->shared_from_this(), finished, start] {
      self->expire_after(self->state_.options.body_timeout);
      start([finished](beast::error_code ec, std::size_t = 0) { finished->set_value(ec); });
    });
    if (result.wait_for(state_.options.body_timeout + std::chrono::seconds(5)) != std::future_status::ready) {
      return asio::error::timed_out;
    }
    return result.get();
  }

  // On the worker, for an answer whose body the handler writes as it goes (a download): the
  // head, then each chunk as it comes, each write waited for, so that at most one chunk is held.
  void stream_response(Response response, std::string request_id, bool keep_alive, unsigned version, bool head) {
    auto message = std::make_shared<bhttp::response<bhttp::buffer_body>>(static_cast<bhttp::status>(response.status),
                                                                         version);
    message->set(bhttp::field::server, "medimeet");
    for (auto& [name, value] : response.headers) message->set(name, value);
    message->keep_alive(keep_alive && !state_.stopping);
    message->body().data = nullptr;
    message->body().more = true;
    auto serializer = std::make_shared<bhttp::response_serializer<bhttp::buffer_body>>(*message);
    // Chunks go out in batches: every hand-over to the strand costs two thread switches.
    auto batch = std::make_shared<std::string>();
    // Each write's completion holds what it writes from, should this worker stop waiting first.
    auto write_some = [this, message, serializer, batch](auto done) {
      bhttp::async_write(stream_, *serializer,
                         [done, message, serializer, batch](beast::error_code ec, std::size_t n) { done(ec, n); });
    };
    auto ec = wait_on_strand([this, message, serializer](auto done) {
      bhttp::async_write_header(stream_, *serializer,
                                [done, message, serializer](beast::error_code ec, std::size_t n) { done(ec, n); });
    });
    if (!ec && !head) {
      auto send_batch = [&] {
        message->body().data = batch->data();
        message->body().size = batch->size();
        // need_buffer: the batch is out and the serializer wants the next one.
        if (auto written = wait_on_strand(write_some); written && written != bhttp::error::need_buffer) {
          throw beast::system_error(written);
        }
        batch->clear();
      };
      try {
        response.body_writer([&](std::string_view chunk) {
          batch->append(chunk);
          if (batch->size() >= kStreamedBatch) send_batch();
        });
        if (!batch->empty()) send_batch();
        message->body().data = nullptr;
        message->body().size = 0;
        message->body().more = false;
        ec = wait_on_strand(write_some);
      } catch (const std::exception& error) {
        spdlog::warn("request {}: the body was cut off: {}", request_id, error.what());
        ec = asio::error::operation_aborted;
      }
    }
    asio::post(stream_.get_executor(),
               [self = this->shared_from_this(), ec, go_on = message->keep_alive(), request_id = std::move(request_id)] {
                 --self->state_.in_flight;
                 ++self->served_;
                 self->guarded([&] {
                   self->last_request_id_ = request_id;
                   self->parser_.reset();
                   if (ec || !go_on) return self->close();
                   self->read_header();
                 });
               });
  }

  // On the strand: reads body bytes into streamed_ until kStreamedBatch are there, the body
  // ended, or a read failed; then calls `done`. Reading on, rather than handing each TCP read to
  // the worker, spares two thread switches a read.
  template <class Done>
  void read_streamed_batch(Done done) {
    bhttp::async_read_some(stream_, buffer_, *parser_,
                           [self = this->shared_from_this(), done](beast::error_code ec, std::size_t) {
                             if (ec || self->parser_->is_done() || self->streamed_.size() >= kStreamedBatch) {
                               return done(ec, 0);
                             }
                             self->read_streamed_batch(done);
                           });
  }

  // After a streamed body's handler answered: what it did not read is still coming (or broke the
  // connection), so the answer closes the connection.
  bool body_left_unread() const { return parser_ && (body_failed_ || !parser_->is_done()); }

  void on_read_error(beast::error_code ec) {
    if (ec == bhttp::error::body_limit) {
      const auto& head = parser_->request();
      const auto limit = state_.router.streams_body(head.method, head.path) ? state_.options.streamed_body_limit
                                                                            : state_.options.body_limit;
      return reply_and_close(transport_error_response(
          413, "payload_too_large", "The request body is larger than " + std::to_string(limit) + " bytes.",
          client_address_));
    }
    // A trailer section too large to hold unparsed overflows the read buffer.
    if (ec == bhttp::error::header_limit || ec == bhttp::error::buffer_overflow) {
      return reply_and_close(transport_error_response(
          431, "headers_too_large", "The request headers are too large.", client_address_));
    }
    if (ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category() &&
        ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message) {
      const auto& problem = parser_->problem();
      return reply_and_close(transport_error_response(
          400, "bad_request", problem.empty() ? "The request is not valid HTTP/1.1." : problem,
          client_address_));
    }
    close();  // timeouts, resets, the client going away
  }

  void on_body(beast::error_code ec, std::size_t) {
    if (ec) return on_read_error(ec);
    const bool keep_alive = parser_->keep_alive();
    const unsigned version = parser_->http_version();
    Request request = std::move(parser_->request());
    request.received_at = std::chrono::steady_clock::now();
    parser_.reset();
    dispatch(std::move(request), keep_alive, version);
  }

  // Hands the request to a worker, then writes its answer back on this connection's strand.
  void dispatch(Request request, bool keep_alive, unsigned version) {
    request.client_address = client_address_;
    if (state_.options.trust_forwarded_for) {
      if (auto forwarded = request.header("x-forwarded-for")) {
        auto last = forwarded->substr(forwarded->rfind(',') + 1);
        last.remove_prefix(std::min(last.find_first_not_of(' '), last.size()));
        last = last.substr(0, last.find(' '));
        if (!last.empty()) request.client_address = std::string(last);
      }
    }

    ++state_.in_flight;
    expire_never();
    if (state_.router.may_answer_quickly(request)) {
      // Deferred behind the requests already read on other connections: a quick answer is checked
      // against the database, and one check then serves every request that arrived before it.
      return asio::defer(stream_.get_executor(), [self = this->shared_from_this(), request = std::move(request),
                                                  keep_alive, version]() mutable {
        self->guarded([&] { self->answer(std::move(request), keep_alive, version); });
      });
    }
    answer(std::move(request), keep_alive, version);
  }

  // Answers at once when a quick route can; hands the request to a worker otherwise.
  void answer(Request request, bool keep_alive, unsigned version) {
    const bool head = request.method == Method::head;
    if (auto response = serve_quickly(state_.router, request)) {
      last_request_id_ = request.request_id;
      parser_.reset();
      return write(std::move(*response), keep_alive, version, head);
    }
    // The work guard keeps the connection's executor running while a worker holds the request.
    asio::post(state_.workers, [self = this->shared_from_this(), request = std::move(request),
                                work = asio::make_work_guard(stream_.get_executor()), keep_alive,
                                version, head]() mutable {
      Response response = serve_request(self->state_.router, request);
      if (response.body_writer && !self->body_left_unread()) {
        return self->stream_response(std::move(response), std::move(request.request_id), keep_alive, version, head);
      }
      response.body_writer = nullptr;  // never sent without its head: answered as is (a refusal)
      asio::post(work.get_executor(),
                 [self = std::move(self), response = std::move(response), request = std::move(request),
                  keep_alive, version, head]() mutable {
                   self->guarded([&] {
                     self->last_request_id_ = request.request_id;
                     if (response.socket) return self->upgrade(request, std::move(response.socket));
                     if (self->body_left_unread()) {
                       --self->state_.in_flight;
                       return self->reply_and_close(std::move(response));
                     }
                     self->parser_.reset();
                     self->write(std::move(response), keep_alive, version, head);
                   });
                 });
    });
  }

  std::shared_ptr<bhttp::response<bhttp::string_body>> to_beast(Response&& response,
                                                               unsigned version, bool keep_alive,
                                                               bool head) {
    auto message = std::make_shared<bhttp::response<bhttp::string_body>>(
        static_cast<bhttp::status>(response.status), version);
    message->set(bhttp::field::server, "medimeet");
    for (auto& [name, value] : response.headers) message->set(name, value);
    message->body() = std::move(response.body);
    message->keep_alive(keep_alive && !state_.stopping);
    message->prepare_payload();
    // A HEAD answer says what the GET would send (Content-Length included) and sends no body.
    if (head) message->body().clear();
    return message;
  }

  void write(Response&& response, bool keep_alive, unsigned version, bool head) {
    auto message = to_beast(std::move(response), version, keep_alive, head);
    expire_after(state_.options.body_timeout);
    bhttp::async_write(stream_, *message,
                       [self = this->shared_from_this(), message](beast::error_code ec, std::size_t) {
                         --self->state_.in_flight;
                         ++self->served_;
                         self->guarded([&] {
                           if (ec || !message->keep_alive()) return self->close();
                           self->read_header();
                         });
                       });
  }

  // The request was a WebSocket handshake its route accepted: the connection is the socket's now.
  void upgrade(const Request& request, std::shared_ptr<SocketHandler> handler) {
    --state_.in_flight;
    if constexpr (kTcp) {
      if (!state_.stopping) {
        serve_websocket(std::move(stream_), request, std::move(handler), state_.options.socket, state_.sockets);
        return;
      }
      return reply_and_close(transport_error_response(503, "stopping", "The server is stopping.", client_address_));
    } else {
      return reply_and_close(transport_error_response(
          400, "bad_request", "WebSockets are served over TCP only.", client_address_));
    }
  }

  // For transport-level failures: answer once, then close without losing the answer. A client
  // still sending an oversized body would get a reset instead of our reply if we closed at
  // once, so we stop sending, then read and discard (for at most a few seconds) until it stops.
  void reply_and_close(Response&& response) {
    auto message = to_beast(std::move(response), 11, false, false);
    expire_after(state_.options.body_timeout);
    bhttp::async_write(stream_, *message,
                       [self = this->shared_from_this(), message](beast::error_code ec, std::size_t) {
                         self->guarded([&] {
                           if (ec) return self->close();
                           self->shutdown_send();
                           self->expire_after(std::chrono::seconds(3));
                           self->discard_until_closed();
                         });
                       });
  }

  void discard_until_closed() {
    buffer_.consume(buffer_.size());
    stream_.async_read_some(buffer_.prepare(kReadAhead),
                            [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                              self->guarded([&] {
                                if (ec) return self->close();
                                self->discard_until_closed();
                              });
                            });
  }

  void shutdown_send() {
    if constexpr (kTcp) {
      beast::error_code ignored;
      stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    }
  }

  void close() noexcept {
    shutdown_send();
    stream_.close();
  }

  Stream stream_;
  beast::flat_buffer buffer_;
  std::optional<RequestParser> parser_;
  SharedState& state_;
  std::string client_address_;
  std::string last_request_id_ = "-";  // of the answer being written, for the log
  std::size_t served_ = 0;
  // A streamed body: what was parsed and not yet read by the handler, and whether it broke off.
  std::string streamed_;
  std::size_t streamed_offset_ = 0;
  bool body_failed_ = false;
  bool expects_continue_ = false;
};

class Listener : public std::enable_shared_from_this<Listener> {
 public:
  Listener(asio::io_context& ioc, tcp::endpoint endpoint, SharedState& state)
      : ioc_(ioc), acceptor_(asio::make_strand(ioc)), retry_(acceptor_.get_executor()), state_(state) {
    acceptor_.open(endpoint.protocol());
    acceptor_.set_option(asio::socket_base::reuse_address(true));
    acceptor_.bind(endpoint);
    acceptor_.listen(asio::socket_base::max_listen_connections);
  }

  std::uint16_t port() const { return acceptor_.local_endpoint().port(); }

  void accept() {
    acceptor_.async_accept(asio::make_strand(ioc_),
                           beast::bind_front_handler(&Listener::on_accept, shared_from_this()));
  }

  void close() {
    asio::post(acceptor_.get_executor(), [self = shared_from_this()] {
      beast::error_code ignored;
      self->acceptor_.close(ignored);
      self->retry_.cancel();
    });
  }

 private:
  void on_accept(beast::error_code ec, tcp::socket socket) {
    if (ec == asio::error::operation_aborted || !acceptor_.is_open()) return;
    if (ec == asio::error::no_descriptors || ec == asio::error::no_buffer_space ||
        ec == asio::error::no_memory || ec.value() == ENFILE) {
      return back_off(ec);
    }
    backoff_ = kFirstBackoff;
    if (!ec) {
      beast::error_code address_error;
      const auto remote = socket.remote_endpoint(address_error);
      std::make_shared<Session<beast::tcp_stream>>(
          beast::tcp_stream(std::move(socket)), state_,
          address_error ? std::string("-") : remote.address().to_string())
          ->start();
    }
    accept();
  }

  // Out of descriptors (or memory), accept() fails at once for as long as the shortage lasts:
  // waiting, rather than trying again at once, leaves the core to the connections being served,
  // whose ends free descriptors.
  void back_off(beast::error_code ec) {
    if (backoff_ == kFirstBackoff) {
      spdlog::warn("cannot accept connections: {}; retrying in up to {} ms", ec.message(),
                   kLastBackoff.count());
    }
    retry_.expires_after(backoff_);
    backoff_ = std::min(backoff_ * 2, kLastBackoff);
    retry_.async_wait([self = shared_from_this()](beast::error_code wait_error) {
      if (wait_error || !self->acceptor_.is_open()) return;
      self->accept();
    });
  }

  static constexpr std::chrono::milliseconds kFirstBackoff{10};
  static constexpr std::chrono::milliseconds kLastBackoff{1000};

  asio::io_context& ioc_;
  tcp::acceptor acceptor_;
  asio::steady_timer retry_;
  std::chrono::milliseconds backoff_ = kFirstBackoff;
  SharedState& state_;
};

// Runs an io_context until it is stopped. A handler that throws past its connection's own guard
// (inside Beast's parsing, say) ends that connection, whose handlers it unwinds, not the server.
void run_io(asio::io_context& ioc) {
  while (true) {
    try {
      ioc.run();
      return;
    } catch (const std::exception& error) {
      spdlog::error("a connection ended on an error: {}", error.what());
    } catch (...) {
      spdlog::error("a connection ended on an unknown error");
    }
  }
}

// Lets the process hold as many connections as the system allows it: the soft limit on open
// files is often 1024 while the hard one is far higher.
void raise_open_file_limit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= limit.rlim_max) return;
  const auto before = limit.rlim_cur;
  limit.rlim_cur = limit.rlim_max;
  if (setrlimit(RLIMIT_NOFILE, &limit) == 0) {
    spdlog::info("raised the open-file limit from {} to {}", before, limit.rlim_cur);
  }
}

}  // namespace

struct Server::Impl {
  Impl(ServerOptions options, const Router& router)
      : ioc(static_cast<int>(options.io_threads)), state(router, std::move(options)) {}

  asio::io_context ioc;
  SharedState state;
  std::shared_ptr<Listener> listener;
  std::optional<asio::executor_work_guard<asio::io_context::executor_type>> work;
  std::vector<std::thread> threads;
  bool running = false;
};

Server::Server(ServerOptions options, const Router& router)
    : impl_(std::make_unique<Impl>(std::move(options), router)) {}

Server::~Server() { stop(); }

std::uint16_t Server::start() {
  const auto& options = impl_->state.options;
  raise_open_file_limit();
  tcp::endpoint endpoint(asio::ip::make_address(options.host), options.port);
  impl_->listener = std::make_shared<Listener>(impl_->ioc, endpoint, impl_->state);
  impl_->listener->accept();
  impl_->work.emplace(impl_->ioc.get_executor());
  for (std::size_t i = 0; i < std::max<std::size_t>(1, options.io_threads); ++i) {
    impl_->threads.emplace_back([this] { run_io(impl_->ioc); });
  }
  impl_->running = true;
  return impl_->listener->port();
}

void Server::stop() {
  if (!impl_->running) return;
  impl_->running = false;
  impl_->state.stopping = true;
  impl_->listener->close();

  const auto deadline = std::chrono::steady_clock::now() + impl_->state.options.shutdown_grace;
  impl_->state.sockets.close_all(close_code::going_away, "the server is stopping", deadline);
  while (impl_->state.in_flight > 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (impl_->state.in_flight > 0) {
    spdlog::warn("stopping with {} request(s) still in flight", impl_->state.in_flight.load());
  }
  impl_->work.reset();
  impl_->ioc.stop();
  for (auto& thread : impl_->threads) thread.join();
  impl_->threads.clear();
  impl_->state.sockets.abandon_all();
  impl_->state.workers.join();
}

std::size_t Server::open_sockets() const { return impl_->state.sockets.size(); }

std::size_t Server::requests_in_flight() const {
  return static_cast<std::size_t>(impl_->state.in_flight.load());
}

void Server::run_until_signal() {
  asio::io_context signals_context;
  asio::signal_set signals(signals_context, SIGINT, SIGTERM);
  signals.async_wait([](beast::error_code, int signal) {
    spdlog::info("received signal {}, finishing requests in flight", signal);
  });
  signals_context.run();
  stop();
}

struct InMemoryConnection::Impl {
  Impl(ServerOptions options, const Router& router) : state(router, std::move(options)) {}
  SharedState state;
};

InMemoryConnection::InMemoryConnection(ServerOptions options, const Router& router)
    : impl_(std::make_unique<Impl>(std::move(options), router)) {}

InMemoryConnection::~InMemoryConnection() { impl_->state.workers.join(); }

std::string InMemoryConnection::exchange(std::string_view client_bytes) {
  asio::io_context ioc;
  beast::test::stream server_end(ioc, client_bytes);
  beast::test::stream client_end(ioc);
  server_end.connect(client_end);
  server_end.close_remote();  // the client has said all it will say
  std::make_shared<Session<beast::test::stream>>(std::move(server_end), impl_->state, "in-memory")
      ->start();
  run_io(ioc);
  return std::string(client_end.str());
}

}  // namespace medimeet::http
