#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace medimeet {

// Instants are kept to the millisecond, as the API writes them and the database stores them.
using TimePoint = std::chrono::sys_time<std::chrono::milliseconds>;

// The source of "now" for every rule that depends on time, so tests can move it.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock {
 public:
  TimePoint now() const override;
};

// "2026-12-01T09:30:00.000Z", as JavaScript's Date.toJSON() writes it.
std::string format_iso8601(TimePoint instant);
// RFC 3339 as APIs send it: "YYYY-MM-DDTHH:MM:SS", an optional fraction of one to three digits,
// then "Z" or an offset "+hh:mm"/"-hh:mm" (hours 00-23, minutes 00-59). nullopt otherwise.
std::optional<TimePoint> parse_iso8601(std::string_view text);

// "YYYY-MM-DD" -> that day; nullopt for malformed or impossible dates (2026-02-30).
std::optional<std::chrono::sys_days> parse_calendar_date(std::string_view text);

// A calendar date "2026-12-01" (as midnight UTC) or an instant as parse_iso8601 accepts it:
// how birth and diagnosis dates arrive.
std::optional<TimePoint> parse_date_or_instant(std::string_view text);

// "90s", "30m", "2h", "1d" -> a duration; nullopt for anything else.
std::optional<std::chrono::seconds> parse_duration(std::string_view text);

// Milliseconds since the Unix epoch: the form instants take in the database.
long long to_epoch_ms(TimePoint instant);
TimePoint from_epoch_ms(long long milliseconds);

}  // namespace medimeet
