#pragma once

#include <optional>
#include <string_view>

namespace medimeet {

// How the server's log lines look: spdlog's text, or one JSON object a line for log collectors
// (`--log-format json`).
enum class LogFormat { text, json };

std::optional<LogFormat> parse_log_format(std::string_view name);

// Every line of the default logger from now on, in `format`. JSON lines carry "time" (UTC,
// ISO 8601 with milliseconds), "level" and "message", and a request's line its fields apart.
void use_log_format(LogFormat format);

// A served request, as its line in the log says it.
struct RequestLogLine {
  std::string_view method;
  std::string_view route;  // the route's pattern ("/api/v1/doctors/{id}"); empty when none matched
  std::string_view path;   // as logs may show it: never a secret
  int status = 0;
  double duration_ms = 0;
  std::string_view request_id;
  std::string_view client_address;
};

void log_request(const RequestLogLine& line);

}  // namespace medimeet
