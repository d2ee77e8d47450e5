#include "common/log_format.hpp"

#include <spdlog/pattern_formatter.h>
#include <spdlog/spdlog.h>

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <atomic>
#include <chrono>

#include "common/time.hpp"

namespace medimeet {
namespace {

std::atomic<LogFormat> current_format{LogFormat::text};
// The request whose line is being written on this thread, for the JSON formatter's fields.
thread_local const RequestLogLine* current_request = nullptr;

class JsonLineFormatter final : public spdlog::formatter {
 public:
  void format(const spdlog::details::log_msg& message, spdlog::memory_buf_t& destination) override {
    boost::json::object line;
    line["time"] = format_iso8601(std::chrono::time_point_cast<std::chrono::milliseconds>(message.time));
    const auto level = spdlog::level::to_string_view(message.level);
    line["level"] = std::string_view(level.data(), level.size());
    line["message"] = std::string_view(message.payload.data(), message.payload.size());
    if (const auto* request = current_request) {
      line["request_id"] = request->request_id;
      line["method"] = request->method;
      line["route"] = request->route;
      line["path"] = request->path;
      line["status"] = request->status;
      line["duration_ms"] = request->duration_ms;
      line["client"] = request->client_address;
    }
    const auto text = boost::json::serialize(line);
    destination.append(text.data(), text.data() + text.size());
    destination.push_back('\n');
  }

  std::unique_ptr<spdlog::formatter> clone() const override { return std::make_unique<JsonLineFormatter>(); }
};

}  // namespace

std::optional<LogFormat> parse_log_format(std::string_view name) {
  if (name == "text") return LogFormat::text;
  if (name == "json") return LogFormat::json;
  return std::nullopt;
}

void use_log_format(LogFormat format) {
  current_format = format;
  if (format == LogFormat::json) {
    spdlog::set_formatter(std::make_unique<JsonLineFormatter>());
  } else {
    spdlog::set_formatter(std::make_unique<spdlog::pattern_formatter>());
  }
}

void log_request(const RequestLogLine& line) {
  if (current_format == LogFormat::text) {
    spdlog::info("{} {} {} {:.1f}ms id={} client={}", line.method, line.path, line.status, line.duration_ms,
                 line.request_id, line.client_address);
    return;
  }
  current_request = &line;
  spdlog::info("{} {} {}", line.method, line.path, line.status);
  current_request = nullptr;
}

}  // namespace medimeet
