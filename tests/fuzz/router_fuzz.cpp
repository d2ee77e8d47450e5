// Path matching: the first byte picks the method, the rest is a request target. Every path
// parameter a route receives is a non-empty segment without a slash.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "common/error.hpp"
#include "http/router.hpp"

namespace {

using namespace medimeet;
using namespace medimeet::http;

Response echo_parameters(const Request& request) {
  std::string body;
  for (const auto& [name, value] : request.path_params) {
    if (value.empty() || value.find('/') != std::string::npos) std::abort();
    body += name + "=" + value + ";";
  }
  return Response::text(200, "text/plain", body);
}

Router make_router() {
  Router router;
  for (const char* pattern :
       {"/api/v1/doctors", "/api/v1/doctors/me", "/api/v1/doctors/{id}", "/api/v1/doctors/{id}/slots",
        "/api/v1/doctors/me/time-off/{timeOffId}", "/api/v1/appointments/{id}/cancel",
        "/api/v1/patients/{id}", "/api/v1/calendar/feed/{secret}", "/api/v1/{a}/{b}/{c}", "/"}) {
    router.add(Method::get, pattern, Access::anyone, Body::none, echo_parameters);
    router.add(Method::post, pattern, Access::anyone, Body::json, echo_parameters);
  }
  router.add(Method::delete_, "/api/v1/doctors/me/time-off/{timeOffId}", Access::anyone, Body::none, echo_parameters);
  router.set_fallback([](const Request&) -> std::optional<Response> { return std::nullopt; });
  return router;
}

constexpr Method kMethods[] = {Method::get,   Method::head,    Method::post,    Method::put,
                               Method::patch, Method::delete_, Method::options, Method::other};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const Router router = make_router();
  Request request;
  request.method = kMethods[data[0] % std::size(kMethods)];
  if (!request.set_target(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1))) return 0;
  if (size % 3 == 0) {
    request.headers["content-type"] = "application/json";
    request.body = "{}";
  }
  try {
    router.dispatch(request);
  } catch (const AppError&) {
  }
  return 0;
}
