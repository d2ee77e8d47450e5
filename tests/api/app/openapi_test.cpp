#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "test_server.hpp"

namespace medimeet {
namespace {

std::string lower(std::string_view text) {
  std::string result(text);
  for (auto& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return result;
}

// Fails when a route exists that the OpenAPI document does not describe.
TEST(OpenApi, DescribesEveryRoute) {
  testing::TestServer server(testing::TestBackend::sqlite);
  auto served = server.client().get("/api/v1/openapi.json");
  ASSERT_EQ(served.status, 200);
  EXPECT_EQ(served.header("content-type"), "application/json");
  auto document = served.json().as_object();
  EXPECT_EQ(testing::text(document.at("openapi")).substr(0, 3), "3.1");
  const auto& paths = document.at("paths").as_object();
  ASSERT_FALSE(server.app().router().routes().empty());
  for (const auto& route : server.app().router().routes()) {
    const auto* path = paths.if_contains(route.pattern);
    ASSERT_NE(path, nullptr) << route.pattern << " is not in docs/api/openapi.yaml";
    EXPECT_TRUE(path->as_object().contains(lower(http::to_string(route.method))))
        << http::to_string(route.method) << " " << route.pattern << " is not in docs/api/openapi.yaml";
  }
}

// The document's `security` says what each route's declared access enforces: a bearer token for
// every route but those open to anyone.
TEST(OpenApi, SecurityMatchesEachRoutesDeclaredAccess) {
  testing::TestServer server(testing::TestBackend::sqlite);
  auto document = server.client().get("/api/v1/openapi.json").json().as_object();
  const auto& paths = document.at("paths").as_object();
  for (const auto& route : server.app().router().routes()) {
    const auto* path = paths.if_contains(route.pattern);
    if (path == nullptr) continue;  // DescribesEveryRoute reports it
    const auto* operation = path->as_object().if_contains(lower(http::to_string(route.method)));
    if (operation == nullptr) continue;
    const auto* security = operation->as_object().if_contains("security");
    const bool needs_token = security != nullptr && security->is_array() && !security->as_array().empty();
    EXPECT_EQ(needs_token, route.access != access::Access::anyone)
        << http::to_string(route.method) << " " << route.pattern << " is declared "
        << access::to_string(route.access);
  }
}

}  // namespace
}  // namespace medimeet
