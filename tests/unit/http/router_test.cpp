#include "http/router.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "common/error.hpp"

namespace medimeet::http {
namespace {

Router make_router() {
  Router router;
  router.add(Method::get, "/api/v1/things/{id}", Access::anyone, Body::none, [](const Request& request) {
    return Response::text(200, "text/plain", "thing " + request.param("id"));
  });
  router.add(Method::post, "/api/v1/things", Access::anyone, Body::json,
             [](const Request&) { return Response::text(201, "text/plain", "created"); });
  router.add(Method::get, "/api/v1/things", Access::anyone, Body::none,
             [](const Request&) { return Response::text(200, "text/plain", "list"); });
  return router;
}

Request request(Method method, const std::string& target, const std::string& content_type = {}) {
  Request r;
  r.method = method;
  EXPECT_TRUE(r.set_target(target));
  if (!content_type.empty()) r.headers["content-type"] = content_type;
  return r;
}

TEST(Router, MatchesPathParameters) {
  auto router = make_router();
  auto r = request(Method::get, "/api/v1/things/42?x=1");
  EXPECT_EQ(router.dispatch(r).body, "thing 42");
  EXPECT_EQ(r.query_param("x"), "1");
}

TEST(Router, DecodesPercentEncoding) {
  auto router = make_router();
  auto r = request(Method::get, "/api/v1/things/a%20b");
  EXPECT_EQ(router.dispatch(r).body, "thing a b");
}

TEST(Router, UnknownPathIs404) {
  auto router = make_router();
  for (const char* target : {"/api/v1/nothing", "/api/v1/things/1/2", "/api/v1/things/"}) {
    auto r = request(Method::get, target);
    try {
      router.dispatch(r);
      ADD_FAILURE() << target;
    } catch (const AppError& error) {
      EXPECT_EQ(error.kind(), ErrorKind::not_found) << target;
    }
  }
}

TEST(Router, WrongMethodIs405WithAllow) {
  auto router = make_router();
  auto r = request(Method::delete_, "/api/v1/things");
  auto response = router.dispatch(r);
  EXPECT_EQ(response.status, 405);
  ASSERT_NE(response.find_header("Allow"), nullptr);
  EXPECT_EQ(*response.find_header("Allow"), "POST, GET, HEAD, OPTIONS");
}

TEST(Router, JsonRoutesRefuseOtherMediaTypes) {
  auto router = make_router();
  for (const char* type : {"", "text/plain", "application/x-www-form-urlencoded", "application/jsonx"}) {
    auto r = request(Method::post, "/api/v1/things", type);
    r.body = "{}";
    try {
      router.dispatch(r);
      ADD_FAILURE() << type;
    } catch (const AppError& error) {
      EXPECT_EQ(error.kind(), ErrorKind::unsupported_media_type) << type;
    }
  }
  for (const char* type : {"application/json", "application/json; charset=utf-8", "Application/JSON"}) {
    auto r = request(Method::post, "/api/v1/things", type);
    r.body = "{}";
    EXPECT_EQ(router.dispatch(r).status, 201) << type;
  }
  auto empty = request(Method::post, "/api/v1/things");  // nothing to check: the handler decides
  EXPECT_EQ(router.dispatch(empty).status, 201);
}

TEST(Router, AQuickRouteAnswersWhenItCanAndLeavesTheRestToItsHandler) {
  Router router;
  router.add(Method::get, "/api/v1/things/mine", Access::anyone, Body::none,
             [](const Request&) { return Response::text(200, "text/plain", "mine"); });
  router.add_quick(
      "/api/v1/things/{id}",
      [](const Request& request) -> std::optional<Response> {
        if (request.param("id") == "broken") throw std::runtime_error("no cache");
        if (request.param("id") != "kept") return std::nullopt;
        return Response::text(200, "text/plain", "kept at once");
      },
      [](const Request& request) { return Response::text(200, "text/plain", "made " + request.param("id")); });

  auto kept = request(Method::get, "/api/v1/things/kept");
  ASSERT_TRUE(router.dispatch_quickly(kept));
  EXPECT_EQ(router.dispatch_quickly(kept)->body, "kept at once");
  auto head = request(Method::head, "/api/v1/things/kept");
  EXPECT_TRUE(router.dispatch_quickly(head));
  // Not kept, a quick handler that throws, another method, or a route added before it that the
  // path names: the ordinary dispatch answers.
  for (const char* target : {"/api/v1/things/other", "/api/v1/things/broken", "/api/v1/things/mine"}) {
    auto r = request(Method::get, target);
    EXPECT_FALSE(router.dispatch_quickly(r)) << target;
  }
  auto post = request(Method::post, "/api/v1/things/kept");
  EXPECT_FALSE(router.dispatch_quickly(post));
  auto mine = request(Method::get, "/api/v1/things/mine");
  EXPECT_EQ(router.dispatch(mine).body, "mine");
  auto other = request(Method::get, "/api/v1/things/other");
  EXPECT_EQ(router.dispatch(other).body, "made other");
}

TEST(Request, ReadsBearerTokens) {
  Request r;
  EXPECT_FALSE(r.bearer_token());
  r.headers["authorization"] = "Bearer abc";
  EXPECT_EQ(r.bearer_token(), "abc");
  r.headers["authorization"] = "bearer  abc ";
  EXPECT_EQ(r.bearer_token(), "abc");
  r.headers["authorization"] = "Basic abc";
  EXPECT_FALSE(r.bearer_token());
  r.headers["authorization"] = "Bearer ";
  EXPECT_FALSE(r.bearer_token());
}

}  // namespace
}  // namespace medimeet::http
