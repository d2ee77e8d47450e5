// The WebSocket side of the transport, on a bare server: the upgrade's checks, the frame cap,
// the bounded queue, pings and silence, and the graceful stop.
#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <thread>

#include "event_socket_client.hpp"
#include "http/router.hpp"
#include "http/server.hpp"
#include "http_client.hpp"

namespace medimeet {
namespace {

using namespace std::chrono_literals;
using testing::EventSocketClient;

// Echoes what it receives and, once open, sends `burst` frames of `frame_size` bytes.
class TestSocket final : public http::SocketHandler {
 public:
  TestSocket(int burst, std::size_t frame_size, std::atomic<int>& opened, std::atomic<int>& closed)
      : burst_(burst), frame_size_(frame_size), opened_(opened), closed_(closed) {}

  void opened(std::shared_ptr<http::Socket> socket) override {
    ++opened_;
    socket_ = std::move(socket);
    for (int i = 0; i < burst_; ++i) socket_->send(std::string(frame_size_, 'x'));
  }
  void received(std::string_view text) override { socket_->send("echo:" + std::string(text)); }
  void closed() override {
    socket_.reset();
    ++closed_;
  }

 private:
  int burst_;
  std::size_t frame_size_;
  std::atomic<int>& opened_;
  std::atomic<int>& closed_;
  std::shared_ptr<http::Socket> socket_;
};

class WebSocketTransportTest : public ::testing::Test {
 protected:
  void start(http::SocketLimits limits, int burst = 0, std::size_t frame_size = 0) {
    router_.set_socket_origin("http://app.medimeet.test");
    router_.add_socket("/socket", http::Access::anyone, [this, burst, frame_size](const http::Request&) {
      return std::make_shared<TestSocket>(burst, frame_size, opened_, closed_);
    });
    http::ServerOptions options;
    options.port = 0;
    options.io_threads = 1;
    options.worker_threads = 2;
    options.shutdown_grace = 5s;
    options.socket = limits;
    server_ = std::make_unique<http::Server>(options, router_);
    base_url_ = "http://127.0.0.1:" + std::to_string(server_->start());
  }

  static bool wait_for(const std::atomic<int>& counter, int count, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (counter < count && std::chrono::steady_clock::now() < deadline) std::this_thread::sleep_for(10ms);
    return counter >= count;
  }
  bool wait_for_closed(int count, std::chrono::milliseconds timeout) { return wait_for(closed_, count, timeout); }

  http::Router router_;
  std::unique_ptr<http::Server> server_;
  std::string base_url_;
  std::atomic<int> opened_{0};
  std::atomic<int> closed_{0};
};

TEST_F(WebSocketTransportTest, APlainGetIsToldToUpgrade) {
  start({});
  testing::HttpClient client(base_url_);
  const auto result = client.get("/socket");
  EXPECT_EQ(result.status, 426);
  EXPECT_EQ(result.error_code(), "upgrade_required");
}

TEST_F(WebSocketTransportTest, AnUpgradeFromAnotherOriginIsRefusedBeforeTheHandshake) {
  start({});
  EXPECT_EQ(EventSocketClient::handshake_status(base_url_, "/socket", {{"Origin", "https://evil.example"}}), 403);
  EXPECT_EQ(EventSocketClient::handshake_status(base_url_, "/socket", {{"Origin", "http://app.medimeet.test"}}), 101);
  EXPECT_EQ(EventSocketClient::handshake_status(base_url_, "/socket"), 101);  // not a browser
}

TEST_F(WebSocketTransportTest, TextFramesReachTheHandlerAndItsAnswersReachTheClient) {
  start({});
  EventSocketClient client(base_url_, "/socket");
  client.send_text("hello");
  EXPECT_EQ(client.next_frame(), "echo:hello");
  EXPECT_EQ(server_->open_sockets(), 1u);
  EXPECT_EQ(opened_, 1);
}

TEST_F(WebSocketTransportTest, AFrameOverTheCapClosesTheSocketWith1009) {
  http::SocketLimits limits;
  limits.max_frame = 1024;
  start(limits);
  EventSocketClient client(base_url_, "/socket");
  client.send_text(std::string(1024, 'a'));
  EXPECT_EQ(client.next_frame(), "echo:" + std::string(1024, 'a'));
  client.send_text(std::string(1025, 'a'));
  EXPECT_EQ(client.wait_closed(), 1009);
  EXPECT_TRUE(wait_for_closed(1, 5s));
  EXPECT_EQ(server_->open_sockets(), 0u);
}

TEST_F(WebSocketTransportTest, AClientThatStopsReadingIsClosedWith1008NotBufferedWithoutEnd) {
  http::SocketLimits limits;
  limits.max_queued_bytes = 64 * 1024;
  // 32 MiB: far more than the kernel's socket buffers hold while the client reads nothing.
  constexpr int kFrames = 2048;
  start(limits, kFrames, 16 * 1024);
  EventSocketClient client(base_url_, "/socket", {}, /*reading=*/false);
  std::this_thread::sleep_for(500ms);
  int received = 0;
  client.start_reading();
  while (client.next_frame(2s)) ++received;
  EXPECT_EQ(client.wait_closed(), 1008);
  EXPECT_LT(received, kFrames) << "the frames beyond the queue's limit were dropped";
  EXPECT_TRUE(wait_for_closed(1, 5s));
}

TEST_F(WebSocketTransportTest, ASilentClientIsClosedAndOneThatAnswersPingsIsKept) {
  http::SocketLimits limits;
  limits.ping_interval = 100ms;
  limits.silence_limit = 1s;  // ten pings: a busy machine late with some pongs is not silent
  start(limits);
  EventSocketClient answering(base_url_, "/socket");
  EventSocketClient silent(base_url_, "/socket", {}, /*reading=*/false);  // never answers a ping
  // Waiting on the answering client runs its loop, which answers the server's pings.
  EXPECT_FALSE(answering.next_frame(2500ms)) << "no frame, only pings";
  EXPECT_TRUE(answering.is_open());
  EXPECT_TRUE(wait_for_closed(1, 3s)) << "the silent client was not closed";
  EXPECT_EQ(server_->open_sockets(), 1u);
}

TEST_F(WebSocketTransportTest, ASocketPastItsMaximumAgeIsClosedSoThatItsClientIsAdmittedAgain) {
  http::SocketLimits limits;
  limits.max_age = 300ms;
  start(limits);
  EventSocketClient client(base_url_, "/socket");
  EXPECT_EQ(client.wait_closed(3s), 1000);
  EXPECT_TRUE(wait_for_closed(1, 3s));
}

TEST_F(WebSocketTransportTest, StoppingTheServerClosesEverySocketWith1001) {
  start({});
  EventSocketClient first(base_url_, "/socket");
  EventSocketClient second(base_url_, "/socket");
  ASSERT_TRUE(wait_for(opened_, 2, 5s)) << "the server ends the handshake after the client";
  auto stopped = std::async(std::launch::async, [this] { server_->stop(); });
  EXPECT_EQ(first.wait_closed(), 1001);
  EXPECT_EQ(second.wait_closed(), 1001);
  EXPECT_EQ(stopped.wait_for(5s), std::future_status::ready);
  EXPECT_EQ(closed_, 2);
}

}  // namespace
}  // namespace medimeet
