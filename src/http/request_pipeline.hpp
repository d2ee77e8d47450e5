#pragma once

#include <optional>

#include "common/error.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "http/router.hpp"

namespace medimeet::http {

// Everything every request goes through around its handler: the request id, the one mapping
// of errors to HTTP, the security headers and the access log. Never throws.
Response serve_request(const Router& router, Request& request);
// The same for a route's QuickHandler: its answer with the request id, the headers and the log
// line, or nullopt (nothing logged) when the request is to go to serve_request.
std::optional<Response> serve_quickly(const Router& router, Request& request);

// The JSON error document and status for a failure.
Response error_response(ErrorKind kind, std::string_view code, std::string_view message,
                        const FieldErrors& fields = {});

// The answer to a request that never reached the router (malformed, too large): the error
// document with `status`, the security headers and a fresh request id, which is logged.
Response transport_error_response(int status, std::string_view code, std::string_view message,
                                  const std::string& client_address);

}  // namespace medimeet::http
