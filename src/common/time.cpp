#include "common/time.hpp"

#include <date/date.h>

#include <sstream>

namespace medimeet {

TimePoint SystemClock::now() const {
  return std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

std::string format_iso8601(TimePoint instant) {
  return date::format("%FT%TZ", instant);
}

std::optional<TimePoint> parse_iso8601(std::string_view text) {
  if (text.size() < 20 || text.size() > 29) return std::nullopt;
  for (const char* format : {"%FT%T%Ez", "%FT%TZ"}) {
    std::istringstream in{std::string(text)};
    TimePoint parsed;
    in >> date::parse(format, parsed);
    if (!in.fail() && in.peek() == std::char_traits<char>::eof()) return parsed;
  }
  return std::nullopt;
}

long long to_epoch_ms(TimePoint instant) {
  return instant.time_since_epoch().count();
}

TimePoint from_epoch_ms(long long milliseconds) {
  return TimePoint(std::chrono::milliseconds(milliseconds));
}

}  // namespace medimeet
