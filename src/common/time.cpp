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

std::optional<TimePoint> parse_date_or_instant(std::string_view text) {
  if (text.size() == 10) {
    std::istringstream in{std::string(text)};
    date::sys_days day;
    in >> date::parse("%F", day);
    if (!in.fail() && in.peek() == std::char_traits<char>::eof()) return TimePoint(day);
    return std::nullopt;
  }
  return parse_iso8601(text);
}

std::optional<std::chrono::seconds> parse_duration(std::string_view text) {
  if (text.size() < 2 || text.size() > 10) return std::nullopt;
  long long amount = 0;
  for (char c : text.substr(0, text.size() - 1)) {
    if (c < '0' || c > '9') return std::nullopt;
    amount = amount * 10 + (c - '0');
  }
  switch (text.back()) {
    case 's': return std::chrono::seconds(amount);
    case 'm': return std::chrono::minutes(amount);
    case 'h': return std::chrono::hours(amount);
    case 'd': return std::chrono::days(amount);
    default: return std::nullopt;
  }
}

long long to_epoch_ms(TimePoint instant) {
  return instant.time_since_epoch().count();
}

TimePoint from_epoch_ms(long long milliseconds) {
  return TimePoint(std::chrono::milliseconds(milliseconds));
}

}  // namespace medimeet
