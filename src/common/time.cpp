#include "common/time.hpp"

#include <date/date.h>


namespace medimeet {

TimePoint SystemClock::now() const {
  return std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

std::string format_iso8601(TimePoint instant) {
  return date::format("%FT%TZ", instant);
}

namespace {

// Reads fixed-width fields left to right. Hand-written rather than date::parse, which accepts
// more than RFC 3339 ("9:30", "+2026") and overflows on some malformed input (found by fuzzing).
class FixedFormat {
 public:
  explicit FixedFormat(std::string_view text) : text_(text) {}

  bool done() const { return at_ == text_.size(); }
  bool literal(char expected) {
    if (at_ >= text_.size() || text_[at_] != expected) return false;
    ++at_;
    return true;
  }
  std::optional<int> digits(std::size_t count) {
    if (text_.size() - at_ < count) return std::nullopt;
    int value = 0;
    for (std::size_t i = 0; i < count; ++i) {
      const char c = text_[at_ + i];
      if (c < '0' || c > '9') return std::nullopt;
      value = value * 10 + (c - '0');
    }
    at_ += count;
    return value;
  }
  // An optional "." and one to three digits of a second, as milliseconds.
  std::optional<int> milliseconds() {
    if (!literal('.')) return 0;
    int value = 0;
    std::size_t count = 0;
    while (count < 3 && at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9') {
      value = value * 10 + (text_[at_++] - '0');
      ++count;
    }
    if (count == 0) return std::nullopt;
    for (; count < 3; ++count) value *= 10;
    return value;
  }

 private:
  std::string_view text_;
  std::size_t at_ = 0;
};

// "YYYY-MM-DD", a real calendar date.
std::optional<date::sys_days> read_date(FixedFormat& in) {
  const auto year = in.digits(4);
  if (!year || !in.literal('-')) return std::nullopt;
  const auto month = in.digits(2);
  if (!month || !in.literal('-')) return std::nullopt;
  const auto day = in.digits(2);
  if (!day) return std::nullopt;
  const date::year_month_day ymd{date::year(*year), date::month(static_cast<unsigned>(*month)),
                                 date::day(static_cast<unsigned>(*day))};
  if (!ymd.ok()) return std::nullopt;
  return date::sys_days(ymd);
}

}  // namespace

std::optional<TimePoint> parse_iso8601(std::string_view text) {
  using namespace std::chrono;
  FixedFormat in(text);
  const auto day = read_date(in);
  if (!day || !in.literal('T')) return std::nullopt;
  const auto hour = in.digits(2);
  if (!hour || *hour > 23 || !in.literal(':')) return std::nullopt;
  const auto minute = in.digits(2);
  if (!minute || *minute > 59 || !in.literal(':')) return std::nullopt;
  const auto second = in.digits(2);
  if (!second || *second > 59) return std::nullopt;
  const auto millisecond = in.milliseconds();
  if (!millisecond) return std::nullopt;
  minutes offset{0};
  if (!in.literal('Z')) {
    int sign = 1;
    if (in.literal('-')) {
      sign = -1;
    } else if (!in.literal('+')) {
      return std::nullopt;
    }
    const auto offset_hours = in.digits(2);
    if (!offset_hours || *offset_hours > 23 || !in.literal(':')) return std::nullopt;
    const auto offset_minutes = in.digits(2);
    if (!offset_minutes || *offset_minutes > 59) return std::nullopt;
    offset = sign * (hours(*offset_hours) + minutes(*offset_minutes));
  }
  if (!in.done()) return std::nullopt;
  const auto instant = TimePoint(*day) + hours(*hour) + minutes(*minute) + seconds(*second) +
                       milliseconds(*millisecond) - offset;
  // An offset can carry a year-0000 or year-9999 time out of the years the API can write.
  static constexpr TimePoint kFirst{date::sys_days(date::year{0} / 1 / 1)};
  static constexpr TimePoint kAfterLast{date::sys_days(date::year{10000} / 1 / 1)};
  if (instant < kFirst || instant >= kAfterLast) return std::nullopt;
  return instant;
}

std::optional<std::chrono::sys_days> parse_calendar_date(std::string_view text) {
  FixedFormat in(text);
  const auto day = read_date(in);
  if (!day || !in.done()) return std::nullopt;
  return day;
}

std::optional<TimePoint> parse_date_or_instant(std::string_view text) {
  if (text.size() == 10) {
    const auto day = parse_calendar_date(text);
    if (!day) return std::nullopt;
    return TimePoint(*day);
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
