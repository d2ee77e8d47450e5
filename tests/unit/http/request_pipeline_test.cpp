#include "http/request_pipeline.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace medimeet::http {
namespace {

Request get(const std::string& path) {
  Request request;
  request.method = Method::get;
  EXPECT_TRUE(request.set_target(path));
  return request;
}

TEST(RequestPipeline, AnUnexpectedFailureIsA500ThatRevealsNothing) {
  Router router;
  router.add(Method::get, "/boom", Access::anyone, Body::none, [](const Request&) -> Response {
    throw std::runtime_error("SQL error near SELECT password FROM users at /srv/medimeet/src/x.cpp:12");
  });
  auto request = get("/boom");
  const auto response = serve_request(router, request);
  EXPECT_EQ(response.status, 500);
  EXPECT_EQ(response.body.find("SELECT"), std::string::npos);
  EXPECT_EQ(response.body.find("/srv"), std::string::npos);
  EXPECT_NE(response.body.find("internal_error"), std::string::npos);
  EXPECT_NE(response.body.find(request.request_id), std::string::npos);  // to quote when reporting
  ASSERT_NE(response.find_header("X-Request-Id"), nullptr);
  EXPECT_EQ(*response.find_header("X-Request-Id"), request.request_id);
}

TEST(RequestPipeline, AppErrorsKeepTheirCodeFieldsAndRetryAfter) {
  Router router;
  router.add(Method::get, "/limited", Access::anyone, Body::none, [](const Request&) -> Response {
    throw AppError::too_many_requests(std::chrono::seconds(42));
  });
  router.add(Method::get, "/invalid", Access::anyone, Body::none, [](const Request&) -> Response {
    throw AppError::field("email", "is not a valid email address");
  });
  auto limited = get("/limited");
  auto response = serve_request(router, limited);
  EXPECT_EQ(response.status, 429);
  EXPECT_EQ(*response.find_header("Retry-After"), "42");

  auto invalid = get("/invalid");
  response = serve_request(router, invalid);
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(response.body,
            R"({"error":{"code":"validation_failed","message":"The request has invalid fields.","fields":{"email":"is not a valid email address"}}})");
}

}  // namespace
}  // namespace medimeet::http
