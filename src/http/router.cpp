#include "http/router.hpp"

#include <string_view>

#include "common/error.hpp"
#include "http/request_pipeline.hpp"

namespace medimeet::http {
namespace {

std::vector<std::string_view> split_segments(std::string_view path) {
  std::vector<std::string_view> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    auto end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    if (end > start) segments.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return segments;
}

bool is_json_media_type(std::string_view content_type) {
  auto semicolon = content_type.find(';');
  auto media = content_type.substr(0, semicolon);
  while (!media.empty() && media.back() == ' ') media.remove_suffix(1);
  constexpr std::string_view kJson = "application/json";
  if (media.size() != kJson.size()) return false;
  for (std::size_t i = 0; i < kJson.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(media[i])) != kJson[i]) return false;
  }
  return true;
}

// True when `path` matches `pattern`; fills `params` with its {name} segments.
bool match_path(const std::string& pattern, const std::string& path,
                std::map<std::string, std::string>& params) {
  auto pattern_segments = split_segments(pattern);
  auto path_segments = split_segments(path);
  if (pattern_segments.size() != path_segments.size()) return false;
  if (path.size() > 1 && path.back() == '/') return false;
  std::map<std::string, std::string> found;
  for (std::size_t i = 0; i < pattern_segments.size(); ++i) {
    auto expected = pattern_segments[i];
    if (expected.size() > 2 && expected.front() == '{' && expected.back() == '}') {
      found.emplace(std::string(expected.substr(1, expected.size() - 2)),
                    std::string(path_segments[i]));
    } else if (expected != path_segments[i]) {
      return false;
    }
  }
  params = std::move(found);
  return true;
}

}  // namespace

void Router::set_fallback(std::function<std::optional<Response>(const Request&)> fallback) {
  fallback_ = std::move(fallback);
}

void Router::add(Method method, std::string pattern, Body body, Handler handler) {
  routes_.push_back(Route{method, std::move(pattern), body, std::move(handler)});
}

Response Router::dispatch(Request& request) const {
  std::string allowed;
  for (const auto& route : routes_) {
    std::map<std::string, std::string> params;
    if (!match_path(route.pattern, request.path, params)) continue;
    if (route.method != request.method) {
      const auto method = to_string(route.method);
      // "/doctors/me" and "/doctors/{id}" may both offer GET: name it once.
      if (allowed.find(method) == std::string::npos) {
        if (!allowed.empty()) allowed += ", ";
        allowed += method;
      }
      continue;
    }
    // An empty body has no media type to check (a cancel without a reason).
    if (route.body == Body::json && !request.body.empty() &&
        !is_json_media_type(request.header("content-type").value_or(""))) {
      throw AppError(ErrorKind::unsupported_media_type, "unsupported_media_type",
                     "This endpoint takes a JSON body (Content-Type: application/json).");
    }
    request.path_params = std::move(params);
    return route.handler(request);
  }
  if (!allowed.empty()) {
    auto response = error_response(
        ErrorKind::method_not_allowed, "method_not_allowed",
        "This endpoint does not accept " + std::string(to_string(request.method)) +
            "; it accepts " + allowed + ".");
    response.set_header("Allow", allowed);
    return response;
  }
  if (fallback_ && request.method == Method::get && !request.path.starts_with("/api/")) {
    if (auto response = fallback_(request)) return std::move(*response);
  }
  throw AppError(ErrorKind::not_found, "not_found", "There is no endpoint at this path.");
}

}  // namespace medimeet::http
