#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/json/object.hpp>

#include <future>
#include <thread>

#include "test_server.hpp"

namespace medimeet {
namespace {

using namespace std::chrono_literals;
using testing::TestBackend;
using testing::TestServer;

// A raw TCP connection, for what a polite HTTP client would never send.
class RawConnection {
 public:
  explicit RawConnection(const std::string& base_url) {
    const auto port = std::stoi(base_url.substr(base_url.rfind(':') + 1));
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    EXPECT_EQ(connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    timeval timeout{10, 0};
    setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  }
  ~RawConnection() { close(fd_); }

  void send_text(const std::string& text) { ::send(fd_, text.data(), text.size(), MSG_NOSIGNAL); }

  // Everything the server sends until it closes the connection (or 10 s pass).
  std::string read_until_closed() {
    std::string received;
    char buffer[4096];
    while (true) {
      const auto n = recv(fd_, buffer, sizeof buffer, 0);
      if (n <= 0) break;
      received.append(buffer, static_cast<std::size_t>(n));
    }
    return received;
  }

 private:
  int fd_ = -1;
};

class ServerTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  ServerTest()
      : server_(GetParam(), {.adjust = [](app::Config& config) {
                  config.header_timeout = 1s;
                  config.idle_timeout = 2s;
                }}) {}
  TestServer server_;
};

TEST_P(ServerTest, HealthAndReadiness) {
  auto health = server_.client().get("/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(health.body, R"({"status":"ok"})");
  auto ready = server_.client().get("/readyz");
  EXPECT_EQ(ready.status, 200);
  EXPECT_EQ(ready.body, R"({"status":"ready"})");
}

TEST_P(ServerTest, EveryResponseCarriesSecurityHeadersAndARequestId) {
  for (const char* path : {"/healthz", "/api/v1/users/me", "/api/v1/nowhere"}) {
    auto result = server_.client().get(path);
    EXPECT_EQ(result.header("x-content-type-options"), "nosniff") << path;
    EXPECT_EQ(result.header("x-frame-options"), "DENY") << path;
    EXPECT_EQ(result.header("referrer-policy"), "no-referrer") << path;
    EXPECT_NE(result.header("content-security-policy").find("default-src 'self'"), std::string::npos);
    EXPECT_EQ(result.header("cache-control"), "no-store") << path;
    EXPECT_EQ(result.header("x-request-id").size(), 16u) << path;
  }
  auto echoed = server_.client().send("GET", "/healthz", {}, {{"X-Request-Id", "trace-42.a_b"}});
  EXPECT_EQ(echoed.header("x-request-id"), "trace-42.a_b");
  auto replaced = server_.client().send("GET", "/healthz", {}, {{"X-Request-Id", "bad id\"<script>"}});
  EXPECT_EQ(replaced.header("x-request-id").size(), 16u);
}

TEST_P(ServerTest, UnknownPathsAndMethodsGetTheErrorDocument) {
  auto missing = server_.client().get("/api/v1/nowhere");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.error_code(), "not_found");
  EXPECT_EQ(missing.header("content-type"), "application/json");

  auto wrong_method = server_.client().send("DELETE", "/api/v1/auth/login");
  EXPECT_EQ(wrong_method.status, 405);
  EXPECT_EQ(wrong_method.error_code(), "method_not_allowed");
  EXPECT_EQ(wrong_method.header("allow"), "POST");
}

TEST_P(ServerTest, JsonEndpointsRefuseOtherContentTypes) {
  auto result = server_.client().send("POST", "/api/v1/auth/login", "email=a&password=b",
                                      {{"Content-Type", "application/x-www-form-urlencoded"}});
  EXPECT_EQ(result.status, 415);
  EXPECT_EQ(result.error_code(), "unsupported_media_type");
}

TEST_P(ServerTest, OversizedBodiesGet413AndChangeNothing) {
  const std::string huge = R"({"name":")" + std::string(2 * 1024 * 1024, 'a') + R"("})";
  auto result = server_.client().send("POST", "/api/v1/auth/register", huge);
  EXPECT_EQ(result.status, 413);
  EXPECT_EQ(result.error_code(), "payload_too_large");
  EXPECT_EQ(server_.count_rows("users"), 0);
}

TEST_P(ServerTest, OversizedHeadersGet431) {
  RawConnection connection(server_.base_url());
  connection.send_text("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(64 * 1024, 'a') +
                       "\r\n\r\n");
  const auto reply = connection.read_until_closed();
  EXPECT_EQ(reply.rfind("HTTP/1.1 431", 0), 0u) << reply.substr(0, 100);
}

TEST_P(ServerTest, GarbageGets400) {
  RawConnection connection(server_.base_url());
  connection.send_text("HELLO THERE\r\n\r\n");
  const auto reply = connection.read_until_closed();
  EXPECT_EQ(reply.rfind("HTTP/1.1 400", 0), 0u) << reply.substr(0, 100);
}

TEST_P(ServerTest, AClientSendingHeadersSlowlyIsCutOff) {
  RawConnection connection(server_.base_url());
  const auto started = std::chrono::steady_clock::now();
  connection.send_text("GET /healthz HTTP/1.1\r\nHost: x\r\n");  // never finishes the head
  const auto reply = connection.read_until_closed();
  const auto waited = std::chrono::steady_clock::now() - started;
  EXPECT_EQ(reply, "");
  EXPECT_LT(waited, 8s);  // closed by the 1 s header timeout, not by our own 10 s read limit
}

TEST_P(ServerTest, KeepAliveServesManyRequestsOnOneConnection) {
  RawConnection connection(server_.base_url());
  connection.send_text(
      "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
      "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
      "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  const auto reply = connection.read_until_closed();
  std::size_t count = 0;
  for (auto at = reply.find("HTTP/1.1 200"); at != std::string::npos; at = reply.find("HTTP/1.1 200", at + 1)) {
    ++count;
  }
  EXPECT_EQ(count, 3u);
}

TEST_P(ServerTest, StoppingFinishesRequestsInFlight) {
  server_.register_account("patient", "ann@example.com");
  auto wait_for_in_flight = [&](std::size_t count) {
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    while (server_.app().requests_in_flight() != count && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(100us);
    }
    return server_.app().requests_in_flight();
  };
  // The registration's reply may still be finishing its write.
  ASSERT_EQ(wait_for_in_flight(0), 0u);
  // A login spends tens of milliseconds hashing: stop the server while it runs.
  auto login = std::async(std::launch::async, [&] {
    testing::HttpClient client(server_.base_url());
    return client.post("/api/v1/auth/login", boost::json::object{{"email", "ann@example.com"},
                                                                 {"password", "a fine long password"}});
  });
  ASSERT_EQ(wait_for_in_flight(1), 1u) << "the login was not caught in flight";
  server_.app().stop();
  const auto result = login.get();
  EXPECT_EQ(result.status, 200) << result.body;
}

INSTANTIATE_TEST_SUITE_P(Backends, ServerTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
