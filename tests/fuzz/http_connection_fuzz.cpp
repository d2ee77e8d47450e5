// Raw bytes from a client, through the real session code (parser, limits, keep-alive, HEAD,
// transport errors) and the request pipeline, over an in-memory stream.
#include <spdlog/spdlog.h>

#include <cstdint>
#include <string_view>

#include "common/json_input.hpp"
#include "http/server.hpp"

namespace {

using namespace medimeet;
using namespace medimeet::http;

Router make_router() {
  spdlog::set_level(spdlog::level::off);  // an access log line per input would be most of the work
  Router router;
  router.add(Method::get, "/healthz", Access::anyone, Body::none,
             [](const Request&) { return Response::text(200, "application/json", R"({"status":"ok"})"); });
  router.add(Method::get, "/api/v1/things/{id}", Access::anyone, Body::none, [](const Request& request) {
    return Response::text(200, "text/plain", request.param("id") + std::string(request.query_param("q").value_or("")));
  });
  router.add(Method::post, "/api/v1/things", Access::anyone, Body::json, [](const Request& request) {
    auto input = JsonInput::parse(request.body);
    auto name = input.required_string("name");
    input.optional_integer("count", 0, 100);
    input.finish();
    return Response::text(201, "text/plain", name);
  });
  router.add(Method::delete_, "/api/v1/things/{id}", Access::anyone, Body::none,
             [](const Request&) { return Response::no_content(); });
  router.set_fallback([](const Request& request) -> std::optional<Response> {
    if (request.path == "/") return Response::text(200, "text/html", "<!doctype html>");
    return std::nullopt;
  });
  return router;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Router router = make_router();
  // Small limits reach the 413 and 431 paths with small inputs.
  static InMemoryConnection connection(
      ServerOptions{.worker_threads = 2, .header_limit = 2048, .body_limit = 4096}, router);
  connection.exchange(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
