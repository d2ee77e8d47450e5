#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace medimeet::http {

// A request the server makes to another service (an SMS gateway, a payment provider).
struct OutgoingRequest {
  std::string method = "POST";
  std::string url;
  std::vector<std::pair<std::string, std::string>> headers;  // "Content-Type", "Idempotency-Key"…
  std::string body;
  std::optional<std::pair<std::string, std::string>> basic_auth;  // user, password
};

struct OutgoingResponse {
  long status = 0;
  std::string body;
};

// Sends it with libcurl: at most 10 s to connect and 30 s in all. Throws std::runtime_error when
// no answer came; any HTTP status is an answer.
OutgoingResponse send(const OutgoingRequest& request);

// "a=1&b=x%20y": fields in the application/x-www-form-urlencoded form (Stripe's API takes it).
std::string form_encode(const std::vector<std::pair<std::string, std::string>>& fields);

}  // namespace medimeet::http
