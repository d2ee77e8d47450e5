#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "access/caller.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "http/socket.hpp"

namespace medimeet::http {

using Handler = std::function<Response(const Request&)>;
// Answers a request at once from what is at hand (a cached document), or nullopt to leave it to
// the route's handler. It runs on the connection's own thread, sparing the hand-over to a worker
// and back, so it must not wait on anything slow.
using QuickHandler = std::function<std::optional<Response>(const Request&)>;
// Makes the handler of a WebSocket for the caller the socket route admitted.
using SocketOpener = std::function<std::shared_ptr<SocketHandler>(const Request&)>;

// What a route accepts as body: JSON routes refuse a non-empty body of any other Content-Type
// with 415. A streamed body (an upload) is not read before the handler runs: the handler reads
// it as it arrives with request.read_body().
enum class Body { none, json, stream };

using access::Access;

struct Route {
  Method method;
  std::string pattern;  // "/api/v1/users/{id}": a {name} segment matches one path segment
  Access access;        // checked before the handler runs: it finds request.caller() set
  Body body;
  Handler handler;
  // A WebSocket route: GET with an upgrade only, from the allowed origin, admitting by ticket.
  bool socket = false;
  QuickHandler quick;  // public GET routes only; tried before `handler`
};

// The table of endpoints. Tells "no such path" (404) from "no such method here" (405), and
// admits to each route only the callers it declares.
class Router {
 public:
  // Resolves the callers of routes that need a login; must be set before such a route runs.
  void set_authenticator(access::Authenticator& authenticator) { authenticator_ = &authenticator; }
  void add(Method method, std::string pattern, Access access, Body body, Handler handler);
  // A public GET route whose answer `quick` may give at once (see QuickHandler), else `handler`.
  void add_quick(std::string pattern, QuickHandler quick, Handler handler);
  // A route that upgrades to a WebSocket. A plain GET gets 426; an upgrade whose Origin is
  // present and not the allowed one gets 403 (cross-site WebSocket hijacking); the caller is
  // admitted by a `?ticket=` (what browsers can send) or a bearer token, before the upgrade.
  void add_socket(std::string pattern, Access access, SocketOpener opener);
  // The origin (scheme://host[:port]) of the pages allowed to open sockets: the public URL's.
  void set_socket_origin(std::string origin) { socket_origin_ = std::move(origin); }
  // What answers a GET outside /api/ that no route matches (the web app); nullopt: 404.
  void set_fallback(std::function<std::optional<Response>(const Request&)> fallback);

  // Finds the route, checks the body's media type, admits the caller and runs the handler. Answers 405 (with
  // Allow) itself; throws AppError for 404 and 415 and lets the handler's exceptions through
  // (serve_request maps them).
  Response dispatch(Request& request) const;
  // The answer of the matching route's QuickHandler, if it has one and gives one; nullopt for
  // anything else, including a quick handler that throws (the handler then answers in full).
  std::optional<Response> dispatch_quickly(Request& request) const;
  // A quick route would be tried for this request.
  bool may_answer_quickly(const Request& request) const;

  const std::vector<Route>& routes() const { return routes_; }
  // A route of this method and path takes a streamed body.
  bool streams_body(Method method, const std::string& path) const;

 private:
  std::vector<Route> routes_;
  // The position of the quick route that answers this request, its path parameters in `params`.
  std::optional<std::size_t> quick_route_for(const Request& request, std::map<std::string, std::string>& params) const;

  void add_route(Route route);

  std::vector<std::size_t> quick_routes_;  // positions in routes_ of those with a QuickHandler
  std::vector<std::vector<std::string>> pattern_segments_;  // each route's pattern cut at its slashes
  access::Authenticator* authenticator_ = nullptr;
  std::string socket_origin_;
  std::function<std::optional<Response>(const Request&)> fallback_;
};


}  // namespace medimeet::http
