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

}  // namespace
}  // namespace medimeet
