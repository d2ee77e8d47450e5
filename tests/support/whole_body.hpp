#pragma once

#include <string>

#include "http/request.hpp"

namespace medimeet::testing {

// The body of a request on a streamed route, whole (the fake providers read forms and JSON so).
inline std::string whole_body(const http::Request& request) {
  std::string body;
  char buffer[4096];
  while (const auto read = request.read_body(buffer, sizeof buffer)) body.append(buffer, read);
  return body;
}

}  // namespace medimeet::testing
