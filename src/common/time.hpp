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
// Accepts the format above, with or without milliseconds, "Z" or a "+hh:mm" offset.
std::optional<TimePoint> parse_iso8601(std::string_view text);

// A calendar date "2026-12-01" (as midnight UTC) or an instant as parse_iso8601 accepts it:
// how birth and diagnosis dates arrive.
std::optional<TimePoint> parse_date_or_instant(std::string_view text);

// "90s", "30m", "2h", "1d" -> a duration; nullopt for anything else.
std::optional<std::chrono::seconds> parse_duration(std::string_view text);

// Milliseconds since the Unix epoch: the form instants take in the database.
long long to_epoch_ms(TimePoint instant);
TimePoint from_epoch_ms(long long milliseconds);

}  // namespace medimeet
