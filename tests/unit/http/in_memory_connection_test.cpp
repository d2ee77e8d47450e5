// The session code over an in-memory stream (what the fuzz target drives): the same answers as
// over TCP, without a socket.
#include <gtest/gtest.h>

#include <chrono>

#include "http/server.hpp"

namespace medimeet::http {
namespace {

Router make_router() {
  Router router;
  router.add(Method::get, "/hello", Access::anyone, Body::none,
             [](const Request&) { return Response::text(200, "text/plain", "hello"); });
  router.add(Method::post, "/echo", Access::anyone, Body::json,
             [](const Request& request) { return Response::text(200, "application/json", request.body); });
  // Answers at once when asked for "kept", in full otherwise; both tell when the request arrived.
  const auto arrival = [](const Request& request) {
    return std::to_string(request.received_at.time_since_epoch().count());
  };
  router.add_quick(
      "/listing/{name}",
      [arrival](const Request& request) -> std::optional<Response> {
        if (request.param("name") != "kept") return std::nullopt;
        return Response::text(200, "text/plain", "quick " + arrival(request));
      },
      [arrival](const Request& request) { return Response::text(200, "text/plain", "full " + arrival(request)); });
  return router;
}

// The number after `marker` in `text`.
long long number_after(const std::string& text, const std::string& marker) {
  const auto at = text.find(marker);
  if (at == std::string::npos) return -1;
  return std::stoll(text.substr(at + marker.size()));
}

class InMemoryConnectionTest : public ::testing::Test {
 protected:
  Router router_ = make_router();
  InMemoryConnection connection_{ServerOptions{.worker_threads = 2}, router_};
};

TEST_F(InMemoryConnectionTest, ServesPipelinedRequestsInOrder) {
  const auto reply = connection_.exchange(
      "GET /hello HTTP/1.1\r\nHost: x\r\n\r\n"
      "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Transfer-Encoding: chunked\r\n\r\n3\r\n[1,\r\n2\r\n2]\r\n0\r\n\r\n");
  const auto first = reply.find("HTTP/1.1 200");
  const auto second = reply.find("HTTP/1.1 200", first + 1);
  ASSERT_NE(second, std::string::npos) << reply;
  EXPECT_NE(reply.find("\r\n\r\nhello"), std::string::npos) << reply;
  EXPECT_TRUE(reply.ends_with("\r\n\r\n[1,2]")) << reply;
}

// Quick answers wait for the requests already read: pipelined, they still come back in order,
// each telling the instant its request had been read (what proves a kept answer fresh).
TEST_F(InMemoryConnectionTest, QuickAnswersComeInOrderAndKnowWhenTheirRequestArrived) {
  const auto before = std::chrono::steady_clock::now().time_since_epoch().count();
  const auto reply = connection_.exchange(
      "GET /listing/kept HTTP/1.1\r\nHost: x\r\n\r\n"
      "GET /hello HTTP/1.1\r\nHost: x\r\n\r\n"
      "GET /listing/other HTTP/1.1\r\nHost: x\r\n\r\n");
  const auto after = std::chrono::steady_clock::now().time_since_epoch().count();
  const auto quick = reply.find("quick ");
  const auto hello = reply.find("hello");
  const auto full = reply.find("full ");
  ASSERT_NE(quick, std::string::npos) << reply;
  ASSERT_NE(full, std::string::npos) << reply;
  EXPECT_LT(quick, hello) << reply;
  EXPECT_LT(hello, full) << reply;
  for (const auto* marker : {"quick ", "full "}) {
    const auto arrived = number_after(reply, marker);
    EXPECT_GE(arrived, before) << reply;
    EXPECT_LE(arrived, after) << reply;
  }
}

TEST_F(InMemoryConnectionTest, AHugeTrailerIs431NotACrash) {
  const auto reply = connection_.exchange(
      "GET /hello HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX-T: " +
      std::string(65534, 't') + "\r\n\r\n");
  EXPECT_EQ(reply.rfind("HTTP/1.1 431", 0), 0u) << reply.substr(0, 100);
}

TEST_F(InMemoryConnectionTest, HeadSendsTheHeadersOfGetOnly) {
  const auto reply = connection_.exchange("HEAD /hello HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_NE(reply.find("Content-Length: 5\r\n"), std::string::npos) << reply;
  EXPECT_TRUE(reply.ends_with("\r\n\r\n")) << reply;
}

TEST_F(InMemoryConnectionTest, GarbageIs400) {
  EXPECT_EQ(connection_.exchange("\x16\x03\x01 not http\r\n\r\n").rfind("HTTP/1.1 400", 0), 0u);
  EXPECT_EQ(connection_.exchange(""), "");
}

}  // namespace
}  // namespace medimeet::http
