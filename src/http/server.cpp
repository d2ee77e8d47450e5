// The only translation unit that knows Beast and Asio's networking.
#include "http/server.hpp"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <spdlog/spdlog.h>

#include <atomic>
#include <optional>
#include <thread>
#include <vector>

#include "http/request_pipeline.hpp"

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

  SharedState(const Router& r, ServerOptions o)
      : router(r), options(std::move(o)), workers(options.worker_threads) {}
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket&& socket, SharedState& state) : stream_(std::move(socket)), state_(state) {
    beast::error_code ec;
    auto endpoint = stream_.socket().remote_endpoint(ec);
    if (!ec) client_address_ = endpoint.address().to_string();
  }

  void start() {
    asio::dispatch(stream_.get_executor(),
                   beast::bind_front_handler(&Session::read_header, shared_from_this()));
  }

 private:
  void read_header() {
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(state_.options.header_limit));
    parser_->body_limit(state_.options.body_limit);
    stream_.expires_after(served_ == 0 ? state_.options.header_timeout
                                       : state_.options.idle_timeout);
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             beast::bind_front_handler(&Session::on_header, shared_from_this()));
  }

  void on_header(beast::error_code ec, std::size_t) {
    if (ec) return on_read_error(ec);
    stream_.expires_after(state_.options.body_timeout);
    bhttp::async_read(stream_, buffer_, *parser_,
                      beast::bind_front_handler(&Session::on_body, shared_from_this()));
  }

  void on_read_error(beast::error_code ec) {
    if (ec == bhttp::error::body_limit) {
      return reply_and_close(transport_error_response(
          413, "payload_too_large",
          "The request body is larger than " + std::to_string(state_.options.body_limit) + " bytes.",
          client_address_));
    }
    if (ec == bhttp::error::header_limit) {
      return reply_and_close(transport_error_response(
          431, "headers_too_large", "The request headers are too large.", client_address_));
    }
    if (ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category() &&
        ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message) {
      return reply_and_close(transport_error_response(
          400, "bad_request", "The request is not valid HTTP/1.1.", client_address_));
    }
    close();  // timeouts, resets, the client going away
  }

  void on_body(beast::error_code ec, std::size_t) {
    if (ec) return on_read_error(ec);
    auto message = parser_->release();

    Request request;
    request.method = method_of(message.method());
    if (!request.set_target(message.target())) {
      return reply_and_close(transport_error_response(
          400, "bad_request", "The request target is malformed.", client_address_));
    }
    for (const auto& field : message) {
      std::string name(field.name_string());
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      request.headers.emplace(std::move(name), std::string(field.value()));
    }
    request.body = std::move(message.body());
    request.client_address = client_address_;
    if (state_.options.trust_forwarded_for) {
      if (auto forwarded = request.header("x-forwarded-for")) {
        auto last = forwarded->substr(forwarded->rfind(',') + 1);
        last.remove_prefix(std::min(last.find_first_not_of(' '), last.size()));
        last = last.substr(0, last.find(' '));
        if (!last.empty()) request.client_address = std::string(last);
      }
    }

    const bool keep_alive = message.keep_alive();
    const unsigned version = message.version();
    ++state_.in_flight;
    stream_.expires_never();
    asio::post(state_.workers, [self = shared_from_this(), request = std::move(request),
                                keep_alive, version]() mutable {
      Response response = serve_request(self->state_.router, request);
      auto executor = self->stream_.get_executor();
      asio::post(executor, [self = std::move(self), response = std::move(response), keep_alive,
                            version]() mutable {
        self->write(std::move(response), keep_alive, version);
      });
    });
  }

  std::shared_ptr<bhttp::response<bhttp::string_body>> to_beast(Response&& response,
                                                               unsigned version, bool keep_alive) {
    auto message = std::make_shared<bhttp::response<bhttp::string_body>>(
        static_cast<bhttp::status>(response.status), version);
    message->set(bhttp::field::server, "medimeet");
    for (auto& [name, value] : response.headers) message->set(name, value);
    message->body() = std::move(response.body);
    message->keep_alive(keep_alive && !state_.stopping);
    message->prepare_payload();
    return message;
  }

  void write(Response&& response, bool keep_alive, unsigned version) {
    auto message = to_beast(std::move(response), version, keep_alive);
    stream_.expires_after(state_.options.body_timeout);
    bhttp::async_write(stream_, *message,
                       [self = shared_from_this(), message](beast::error_code ec, std::size_t) {
                         --self->state_.in_flight;
                         ++self->served_;
                         if (ec || !message->keep_alive()) return self->close();
                         self->read_header();
                       });
  }

  // For transport-level failures: answer once, then close without losing the answer. A client
  // still sending an oversized body would get a reset instead of our reply if we closed at
  // once, so we stop sending, then read and discard (for at most a few seconds) until it stops.
  void reply_and_close(Response&& response) {
    auto message = to_beast(std::move(response), 11, false);
    stream_.expires_after(state_.options.body_timeout);
    bhttp::async_write(stream_, *message,
                       [self = shared_from_this(), message](beast::error_code ec, std::size_t) {
                         if (ec) return self->close();
                         beast::error_code ignored;
                         self->stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
                         self->stream_.expires_after(std::chrono::seconds(3));
                         self->discard_until_closed();
                       });
  }

  void discard_until_closed() {
    buffer_.consume(buffer_.size());
    stream_.async_read_some(buffer_.prepare(64 * 1024),
                            [self = shared_from_this()](beast::error_code ec, std::size_t) {
                              if (ec) return self->stream_.close();
                              self->discard_until_closed();
                            });
  }

  void close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.close();
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  SharedState& state_;
  std::string client_address_;
  std::size_t served_ = 0;
};

class Listener : public std::enable_shared_from_this<Listener> {
 public:
  Listener(asio::io_context& ioc, tcp::endpoint endpoint, SharedState& state)
      : ioc_(ioc), acceptor_(asio::make_strand(ioc)), state_(state) {
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
    });
  }

 private:
  void on_accept(beast::error_code ec, tcp::socket socket) {
    if (ec == asio::error::operation_aborted || !acceptor_.is_open()) return;
    if (!ec) std::make_shared<Session>(std::move(socket), state_)->start();
    accept();
  }

  asio::io_context& ioc_;
  tcp::acceptor acceptor_;
  SharedState& state_;
};

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
  tcp::endpoint endpoint(asio::ip::make_address(options.host), options.port);
  impl_->listener = std::make_shared<Listener>(impl_->ioc, endpoint, impl_->state);
  impl_->listener->accept();
  impl_->work.emplace(impl_->ioc.get_executor());
  for (std::size_t i = 0; i < std::max<std::size_t>(1, options.io_threads); ++i) {
    impl_->threads.emplace_back([this] { impl_->ioc.run(); });
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
  impl_->state.workers.join();
}

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

}  // namespace medimeet::http
