#include "http/router.hpp"

#include <algorithm>
#include <string_view>

#include "common/error.hpp"
#include "common/text.hpp"
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

// A request path cut at its slashes once, then matched against every route's pattern.
struct PathSegments {
  explicit PathSegments(std::string_view path)
      : segments(split_segments(path)), trailing_slash(path.size() > 1 && path.back() == '/') {}
  std::vector<std::string_view> segments;
  bool trailing_slash;  // "/a/b/" names no route
};

bool is_json_media_type(std::string_view content_type) {
  return equals_ignoring_ascii_case(trim(content_type.substr(0, content_type.find(';'))),
                                    "application/json");
}

// True when `path` matches the route whose pattern is cut into `pattern`; fills `params` with
// its {name} segments.
bool match_path(const std::vector<std::string>& pattern, const PathSegments& path,
                std::map<std::string, std::string>& params) {
  if (pattern.size() != path.segments.size() || path.trailing_slash) return false;
  std::map<std::string, std::string> found;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const std::string_view expected = pattern[i];
    if (expected.size() > 2 && expected.front() == '{' && expected.back() == '}') {
      found.emplace(std::string(expected.substr(1, expected.size() - 2)), std::string(path.segments[i]));
    } else if (expected != path.segments[i]) {
      return false;
    }
  }
  params = std::move(found);
  return true;
}

// A WebSocket handshake: "Connection: upgrade" (among other tokens) and "Upgrade: websocket".
bool asks_for_websocket(const Request& request) {
  const auto upgrade = request.header("upgrade");
  if (!upgrade || !equals_ignoring_ascii_case(trim(*upgrade), "websocket")) return false;
  std::string_view connection = request.header("connection").value_or("");
  while (!connection.empty()) {
    const auto comma = connection.find(',');
    if (equals_ignoring_ascii_case(trim(connection.substr(0, comma)), "upgrade")) return true;
    if (comma == std::string_view::npos) break;
    connection.remove_prefix(comma + 1);
  }
  return false;
}

// What a socket route checks before admitting anyone, so that a refused upgrade spends no
// ticket.
void check_socket_upgrade(const Request& request, const std::string& allowed_origin) {
  if (!asks_for_websocket(request)) {
    throw AppError(ErrorKind::upgrade_required, "upgrade_required",
                   "This endpoint is a WebSocket: send the upgrade handshake.");
  }
  // Browsers always send Origin on a WebSocket handshake; other clients need not.
  if (auto origin = request.header("origin"); origin && *origin != allowed_origin) {
    throw AppError::forbidden("origin_not_allowed", "Pages from this origin may not open this socket.");
  }
}

}  // namespace

void Router::set_fallback(std::function<std::optional<Response>(const Request&)> fallback) {
  fallback_ = std::move(fallback);
}

void Router::add(Method method, std::string pattern, Access access, Body body, Handler handler) {
  add_route(Route{method, std::move(pattern), access, body, std::move(handler)});
}

void Router::add_socket(std::string pattern, Access access, SocketOpener opener) {
  add_route(Route{Method::get, std::move(pattern), access, Body::none,
                  [opener = std::move(opener)](const Request& request) { return Response::upgrade(opener(request)); },
                  true});
}

void Router::add_route(Route route) {
  std::vector<std::string> segments;
  for (const auto segment : split_segments(route.pattern)) segments.emplace_back(segment);
  pattern_segments_.push_back(std::move(segments));
  routes_.push_back(std::move(route));
}

namespace {

// The methods a path accepts, in the order its routes name them, for an Allow header.
class AllowedMethods {
 public:
  // "/doctors/me" and "/doctors/{id}" may both offer GET: each method is named once.
  void add(Method method) {
    if (std::find(methods_.begin(), methods_.end(), method) == methods_.end()) methods_.push_back(method);
  }
  bool empty() const { return methods_.empty(); }
  std::string header() const {
    std::string joined;
    for (auto method : methods_) {
      if (!joined.empty()) joined += ", ";
      joined += to_string(method);
    }
    return joined;
  }

 private:
  std::vector<Method> methods_;
};

}  // namespace

bool Router::streams_body(Method method, const std::string& path) const {
  const PathSegments segments(path);
  std::map<std::string, std::string> params;
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    const auto& route = routes_[i];
    if (route.body == Body::stream && route.method == method && match_path(pattern_segments_[i], segments, params)) {
      return true;
    }
  }
  return false;
}

void Router::add_quick(std::string pattern, QuickHandler quick, Handler handler) {
  add(Method::get, std::move(pattern), Access::anyone, Body::none, std::move(handler));
  routes_.back().quick = std::move(quick);
  quick_routes_.push_back(routes_.size() - 1);
}

std::optional<std::size_t> Router::quick_route_for(const Request& request,
                                                  std::map<std::string, std::string>& params) const {
  if (request.method != Method::get && request.method != Method::head) return std::nullopt;
  // Only the quick routes are tried, so other requests pay little; one that matches must also be
  // the route dispatch() would pick (no GET route added before it matches the path).
  const PathSegments segments(request.path);
  for (const auto position : quick_routes_) {
    if (!match_path(pattern_segments_[position], segments, params)) continue;
    for (std::size_t earlier = 0; earlier < position; ++earlier) {
      std::map<std::string, std::string> unused;
      if (routes_[earlier].method == Method::get && match_path(pattern_segments_[earlier], segments, unused)) {
        return std::nullopt;
      }
    }
    return position;
  }
  return std::nullopt;
}

bool Router::may_answer_quickly(const Request& request) const {
  std::map<std::string, std::string> params;
  return quick_route_for(request, params).has_value();
}

std::optional<Response> Router::dispatch_quickly(Request& request) const {
  std::map<std::string, std::string> params;
  const auto position = quick_route_for(request, params);
  if (!position) return std::nullopt;
  request.path_params = std::move(params);
  request.route = routes_[*position].pattern;
  try {
    return routes_[*position].quick(request);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

Response Router::dispatch(Request& request) const {
  if (request.path == "*") {  // OPTIONS *: what the server as a whole accepts
    auto response = Response::no_content();
    response.set_header("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
    return response;
  }
  // HEAD is a GET whose body the transport leaves out.
  const Method wanted = request.method == Method::head ? Method::get : request.method;
  AllowedMethods allowed;
  const PathSegments segments(request.path);
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    const auto& route = routes_[i];
    std::map<std::string, std::string> params;
    if (!match_path(pattern_segments_[i], segments, params)) continue;
    if (route.method != wanted) {
      allowed.add(route.method);
      if (route.method == Method::get) allowed.add(Method::head);
      continue;
    }
    request.route = route.pattern;
    if (route.body == Body::json && !request.body.empty()) {
      // An empty body has no media type to check (a cancel without a reason).
      if (!is_json_media_type(request.header("content-type").value_or(""))) {
        throw AppError(ErrorKind::unsupported_media_type, "unsupported_media_type",
                       "This endpoint takes a JSON body (Content-Type: application/json).");
      }
      // A compressed body read as JSON would be garbage: refuse what is not decoded here.
      if (auto encoding = request.header("content-encoding");
          encoding && !equals_ignoring_ascii_case(trim(*encoding), "identity")) {
        throw AppError(ErrorKind::unsupported_media_type, "unsupported_content_encoding",
                       "This endpoint takes an uncompressed body (no Content-Encoding).");
      }
    }
    if (route.access != Access::anyone && !authenticator_) {
      throw std::logic_error("a route needs a login but the router has no authenticator");
    }
    access::Credentials credentials{request.bearer_token(), std::nullopt};
    if (route.socket) {
      check_socket_upgrade(request, socket_origin_);
      credentials.ticket = request.query_param("ticket");
    }
    if (authenticator_) request.authenticated = access::admit(*authenticator_, route.access, credentials);
    if (request.authenticated) {
      request.authenticated->client_address = request.client_address;
      request.authenticated->request_id = request.request_id;
    }
    request.path_params = std::move(params);
    return route.handler(request);
  }
  if (!allowed.empty()) {
    allowed.add(Method::options);
    if (request.method == Method::options) {
      auto response = Response::no_content();
      response.set_header("Allow", allowed.header());
      return response;
    }
    auto response = error_response(
        ErrorKind::method_not_allowed, "method_not_allowed",
        "This endpoint does not accept " + std::string(to_string(request.method)) +
            "; it accepts " + allowed.header() + ".");
    response.set_header("Allow", allowed.header());
    return response;
  }
  if (fallback_ && (request.method == Method::get || request.method == Method::head) &&
      !request.path.starts_with("/api/")) {
    if (auto response = fallback_(request)) return std::move(*response);
  }
  throw AppError(ErrorKind::not_found, "not_found", "There is no endpoint at this path.");
}

}  // namespace medimeet::http
