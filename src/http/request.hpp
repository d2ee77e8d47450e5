#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "access/caller.hpp"

namespace medimeet::http {

enum class Method { get, head, post, put, patch, delete_, options, other };

std::string_view to_string(Method method);

// One HTTP request as handlers see it: no Beast types, so handlers and their tests stay light.
struct Request {
  Method method = Method::get;
  std::string path;                          // percent-decoded, without the query string
  std::map<std::string, std::string> query;  // decoded; the first value of a repeated key wins
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;  // empty on a route that streams its body: read_body() gives it
  std::string client_address;
  std::string request_id;
  // When the server had read the whole request: every answer acknowledged before then was
  // committed before then. Unknown (max) unless the server set it.
  std::chrono::steady_clock::time_point received_at = std::chrono::steady_clock::time_point::max();
  std::map<std::string, std::string> path_params;  // filled by the router
  std::string_view route;  // the matched route's pattern ("/api/v1/doctors/{id}"), set by the router
  std::optional<access::Caller> authenticated;      // filled by the router unless Access::anyone
  // On a route that streams its body: fills up to `capacity` bytes as they arrive and returns how
  // many, 0 at the end. Blocks; throws AppError 413 past the server's limit, 400 when the body is
  // cut short or stalls.
  std::function<std::size_t(char* buffer, std::size_t capacity)> read_body;

  // Splits a target into path and query: the origin form ("/a/b?x=1"), the absolute form
  // ("http://host/a/b?x=1") and, for OPTIONS (set `method` first), "*". False when malformed.
  bool set_target(std::string_view target);

  std::optional<std::string_view> header(std::string_view lowercase_name) const;
  std::optional<std::string_view> query_param(std::string_view name) const;
  // A path parameter declared by the route pattern ("{id}"); the router guarantees it exists.
  const std::string& param(const std::string& name) const;
  // A path parameter naming a document by its id; 404 "<what> was not found" when it is not
  // an id at all, as for an id that names nothing.
  const std::string& object_id_param(const std::string& name, const std::string& what) const;
  // Who is calling a route that needs a login; the router admits no one else to it.
  const access::Caller& caller() const;
  // The token of an "Authorization: Bearer <token>" header, if any.
  std::optional<std::string_view> bearer_token() const;
  // The Idempotency-Key header that makes a retried POST answer as the first did; 400 on
  // Idempotency-Key unless 1 to 200 characters.
  std::optional<std::string> idempotency_key() const;
};

}  // namespace medimeet::http
