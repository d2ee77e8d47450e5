#pragma once

#include "common/error.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "http/router.hpp"

namespace medimeet::http {

// Everything every request goes through around its handler: the request id, the one mapping
// of errors to HTTP, the security headers and the access log. Never throws.
Response serve_request(const Router& router, Request& request);

// The JSON error document and status for a failure; used by serve_request and the server's
// transport errors (413, 431).
Response error_response(ErrorKind kind, std::string_view code, std::string_view message,
                        const FieldErrors& fields = {});

}  // namespace medimeet::http
