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
  EXPECT_EQ(wrong_method.header("allow"), "POST, OPTIONS");
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

// What a raw request gets back: the whole exchange until the server closed the connection.
std::string raw_exchange(const std::string& base_url, const std::string& request) {
  RawConnection connection(base_url);
  connection.send_text(request);
  return connection.read_until_closed();
}

std::string chunked_get_with_trailers(const std::string& trailers) {
  return "GET /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
         "0\r\n" + trailers + "\r\n";
}

TEST_P(ServerTest, AHugeTrailerFieldGets431AndTheServerLivesOn) {
  const auto reply = raw_exchange(server_.base_url(),
                              chunked_get_with_trailers("X-T: " + std::string(65534, 't') + "\r\n"));
  EXPECT_EQ(reply.rfind("HTTP/1.1 431", 0), 0u) << reply.substr(0, 100);
  EXPECT_EQ(server_.client().get("/healthz").status, 200);
}

TEST_P(ServerTest, TrailersCountAgainstTheHeaderCap) {
  std::string many_small;  // 40 KiB in 40 fields, each well under any per-field limit
  for (int i = 0; i < 40; ++i) many_small += "X-T" + std::to_string(i) + ": " + std::string(1000, 'a') + "\r\n";
  auto reply = raw_exchange(server_.base_url(), chunked_get_with_trailers(many_small));
  EXPECT_EQ(reply.rfind("HTTP/1.1 431", 0), 0u) << reply.substr(0, 100);

  std::string flood;  // 18 MB of trailers: refused long before it is all held
  for (int i = 0; i < 300; ++i) flood += "X-T" + std::to_string(i) + ": " + std::string(60000, 'a') + "\r\n";
  reply = raw_exchange(server_.base_url(), chunked_get_with_trailers(flood));
  EXPECT_EQ(reply.rfind("HTTP/1.1 431", 0), 0u) << reply.substr(0, 100);

  reply = raw_exchange(server_.base_url(), chunked_get_with_trailers("X-Checksum: abc\r\n"));
  EXPECT_EQ(reply.rfind("HTTP/1.1 200", 0), 0u) << reply.substr(0, 100);
  EXPECT_NE(reply.find(R"({"status":"ok"})"), std::string::npos);
}

TEST_P(ServerTest, HeadAnswersLikeGetWithoutTheBody) {
  // Three requests on one connection: a body after a HEAD answer would be read as the next one.
  const auto reply = raw_exchange(server_.base_url(),
                              "HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
                              "HEAD /api/v1/nowhere HTTP/1.1\r\nHost: x\r\n\r\n"
                              "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  const auto first_end = reply.find("\r\n\r\n");
  ASSERT_NE(first_end, std::string::npos);
  const auto first = reply.substr(0, first_end);
  EXPECT_EQ(first.rfind("HTTP/1.1 200", 0), 0u) << first;
  EXPECT_NE(first.find("Content-Length: 15"), std::string::npos) << first;  // {"status":"ok"}
  const auto second = reply.substr(first_end + 4);
  EXPECT_EQ(second.rfind("HTTP/1.1 404", 0), 0u) << reply;
  const auto second_end = second.find("\r\n\r\n");
  const auto third = second.substr(second_end + 4);
  EXPECT_EQ(third.rfind("HTTP/1.1 200", 0), 0u) << reply;
  EXPECT_TRUE(third.ends_with("\r\n\r\n{\"status\":\"ok\"}")) << reply;
}

TEST_P(ServerTest, OptionsAnswersWithAllow) {
  auto login = server_.client().send("OPTIONS", "/api/v1/auth/login");
  EXPECT_EQ(login.status, 204);
  EXPECT_EQ(login.header("allow"), "POST, OPTIONS");
  auto health = server_.client().send("OPTIONS", "/healthz");
  EXPECT_EQ(health.header("allow"), "GET, HEAD, OPTIONS");
  const auto reply = raw_exchange(server_.base_url(), "OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(reply.rfind("HTTP/1.1 204", 0), 0u) << reply;
  EXPECT_NE(reply.find("Allow: GET, HEAD, POST"), std::string::npos) << reply;
}

TEST_P(ServerTest, AnHttp11RequestNeedsExactlyOneHost) {
  auto reply = raw_exchange(server_.base_url(), "GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(reply.rfind("HTTP/1.1 400", 0), 0u) << reply.substr(0, 100);
  EXPECT_NE(reply.find("no Host header"), std::string::npos) << reply;
  reply = raw_exchange(server_.base_url(), "GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(reply.rfind("HTTP/1.1 400", 0), 0u) << reply.substr(0, 100);
  EXPECT_NE(reply.find("more than one Host header"), std::string::npos) << reply;
  reply = raw_exchange(server_.base_url(), "GET /healthz HTTP/1.0\r\n\r\n");  // HTTP/1.0 has no Host rule
  EXPECT_EQ(reply.rfind("HTTP/1.0 200", 0), 0u) << reply.substr(0, 100);
}

TEST_P(ServerTest, AnAbsoluteFormTargetIsServed) {
  const auto reply = raw_exchange(server_.base_url(),
                              "GET " + server_.base_url() + "/api/v1/doctors?page=2 HTTP/1.1\r\n"
                              "Host: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(reply.rfind("HTTP/1.1 200", 0), 0u) << reply.substr(0, 200);
  EXPECT_NE(reply.find("\"page\":2"), std::string::npos) << reply.substr(0, 400);  // the query counts
}

TEST_P(ServerTest, AnEncodedBodyIsRefusedWith415AndChangesNothing) {
  auto result = server_.client().send("POST", "/api/v1/auth/register",
                                      R"({"name":"Ann","email":"ann@example.com","password":"a fine long password","role":"patient","phone":"+33612345678"})",
                                      {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}});
  EXPECT_EQ(result.status, 415);
  EXPECT_EQ(result.error_code(), "unsupported_content_encoding");
  EXPECT_EQ(server_.count_rows("users"), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, ServerTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
