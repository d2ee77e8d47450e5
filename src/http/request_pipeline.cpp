#include "http/request_pipeline.hpp"

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <spdlog/spdlog.h>

#include <chrono>
#include <random>

#include "common/error.hpp"
#include "common/log_format.hpp"
#include "common/metrics.hpp"

namespace medimeet::http {
namespace {

int status_of(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::bad_request: return 400;
    case ErrorKind::unauthorized: return 401;
    case ErrorKind::forbidden: return 403;
    case ErrorKind::not_found: return 404;
    case ErrorKind::method_not_allowed: return 405;
    case ErrorKind::conflict: return 409;
    case ErrorKind::payload_too_large: return 413;
    case ErrorKind::unsupported_media_type: return 415;
    case ErrorKind::upgrade_required: return 426;
    case ErrorKind::too_many_requests: return 429;
    case ErrorKind::internal: return 500;
    case ErrorKind::unavailable: return 503;
  }
  return 500;
}

bool is_acceptable_request_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') {
      return false;
    }
  }
  return true;
}

std::string new_request_id() {
  thread_local std::mt19937_64 generator{std::random_device{}()};
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id(16, '0');
  auto bits = generator();
  for (auto& c : id) {
    c = kHex[bits & 0xF];
    bits >>= 4;
  }
  return id;
}

void add_security_headers(Response& response, bool is_api) {
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("X-Frame-Options", "DENY");
  response.set_header("Referrer-Policy", "no-referrer");
  // A handler may set a stricter one (a downloaded file is sandboxed). The app previews medical
  // files it fetched with its token as blob: URLs, images and PDFs in a frame: nothing else loads
  // from outside the app.
  if (response.find_header("Content-Security-Policy") == nullptr) {
    response.set_header("Content-Security-Policy",
                        "default-src 'self'; img-src 'self' data: blob:; frame-src blob:; "
                        "style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'; "
                        "base-uri 'self'; form-action 'self'");
  }
  if (is_api) response.set_header("Cache-Control", "no-store");
}

}  // namespace

Response error_response(ErrorKind kind, std::string_view code, std::string_view message,
                        const FieldErrors& fields) {
  boost::json::object error{{"code", code}, {"message", message}};
  if (!fields.empty()) {
    // `fields` (field -> message) as clients have always read it; `problems` adds the code
    // and parameters a client translates.
    boost::json::object messages;
    boost::json::object problems;
    for (const auto& [name, problem] : fields) {
      messages[name] = problem.message;
      if (problem.code.empty()) continue;
      boost::json::object described{{"code", problem.code}, {"message", problem.message}};
      if (!problem.params.empty()) {
        boost::json::object params;
        for (const auto& [key, value] : problem.params) {
          std::visit([&](const auto& v) { params[key] = v; }, value);
        }
        described["params"] = std::move(params);
      }
      problems[name] = std::move(described);
    }
    error["fields"] = std::move(messages);
    if (!problems.empty()) error["problems"] = std::move(problems);
  }
  return Response::json(status_of(kind), boost::json::object{{"error", std::move(error)}});
}

Response transport_error_response(int status, std::string_view code, std::string_view message,
                                  const std::string& client_address) {
  auto response = error_response(ErrorKind::bad_request, code, message);
  response.status = status;
  const auto request_id = new_request_id();
  add_security_headers(response, true);
  response.set_header("X-Request-Id", request_id);
  spdlog::info("- - {} id={} client={} ({})", status, request_id, client_address, code);
  return response;
}

namespace {

// The path as logs may show it: never a calendar feed's secret (query strings are never logged:
// they may carry tokens).
std::string loggable_path(const std::string& path) {
  constexpr std::string_view kFeeds = "/api/v1/calendar/feed/";
  if (path.starts_with(kFeeds) && path != "/api/v1/calendar/feed/rotate") {
    return std::string(kFeeds) + "<secret>";
  }
  return path;
}

// A 500 that says nothing of its cause (logged with the request id, which the client can quote).
Response internal_error(const std::string& request_id) {
  return error_response(ErrorKind::internal, "internal_error",
                        "Something went wrong on our side. Quote request id " + request_id +
                            " when reporting it.");
}

}  // namespace

namespace {

void identify(Request& request) {
  auto incoming_id = request.header("x-request-id");
  request.request_id = incoming_id && is_acceptable_request_id(*incoming_id)
                           ? std::string(*incoming_id)
                           : new_request_id();
}

// The headers every answer carries, and its line in the log.
void finish(const Request& request, Response& response, std::chrono::steady_clock::time_point started) {
  const bool is_api = request.path.starts_with("/api/") || request.path == "/healthz" ||
                      request.path == "/readyz";
  add_security_headers(response, is_api);
  response.set_header("X-Request-Id", request.request_id);

  const auto elapsed = std::chrono::duration<double, std::milli>(
      std::chrono::steady_clock::now() - started);
  metrics::record_request(to_string(request.method), request.route, response.status, elapsed);
  const auto path = loggable_path(request.path);
  log_request({to_string(request.method), request.route, path, response.status, elapsed.count(), request.request_id,
               request.client_address});
}

}  // namespace

std::optional<Response> serve_quickly(const Router& router, Request& request) {
  const auto started = std::chrono::steady_clock::now();
  auto response = router.dispatch_quickly(request);
  if (!response) return std::nullopt;
  identify(request);
  finish(request, *response, started);
  return response;
}

Response serve_request(const Router& router, Request& request) {
  const auto started = std::chrono::steady_clock::now();
  identify(request);

  Response response;
  try {
    response = router.dispatch(request);
  } catch (const AppError& error) {
    if (error.kind() == ErrorKind::internal) {
      spdlog::error("request {} failed: {}", request.request_id, error.what());
    }
    response = error_response(error.kind(), error.code(), error.what(), error.fields());
    if (auto retry = error.retry_after()) {
      response.set_header("Retry-After", std::to_string(retry->count()));
    }
    if (error.kind() == ErrorKind::unauthorized) response.set_header("WWW-Authenticate", "Bearer");
  } catch (const std::exception& error) {
    spdlog::error("request {} {} {} failed: {}", request.request_id, to_string(request.method),
                  loggable_path(request.path), error.what());
    response = internal_error(request.request_id);
  } catch (...) {
    spdlog::error("request {} {} {} failed with an unknown exception", request.request_id,
                  to_string(request.method), loggable_path(request.path));
    response = internal_error(request.request_id);
  }

  finish(request, response, started);
  return response;
}

}  // namespace medimeet::http
