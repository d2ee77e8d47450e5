#pragma once

#include <date/date.h>
#include <date/tz.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/time.hpp"
#include "common/time_zone.hpp"

namespace medimeet::doctors {

// Days of a doctor's weekly schedule, Monday first as in ISO 8601.
enum class Weekday { monday, tuesday, wednesday, thursday, friday, saturday, sunday };

// "monday" … "sunday", the names the API uses.
std::string_view to_string(Weekday day);
// The exact lowercase name of a day; nullopt for anything else ("Monday", "mon", "").
std::optional<Weekday> weekday_from_string(std::string_view text);
// The weekday of a calendar day.
Weekday weekday_of(date::local_days day);

// "HH:MM" (00:00–23:59, two digits each) -> minutes since local midnight; nullopt otherwise.
std::optional<std::chrono::minutes> parse_time_of_day(std::string_view text);
// Minutes since local midnight, 0 ≤ since_midnight ≤ 24h, -> "HH:MM" (24h gives "24:00").
std::string format_time_of_day(std::chrono::minutes since_midnight);

// A weekly availability window in the doctor's local time, start < end ≤ 24h, within one day.
struct AvailabilityWindow {
  Weekday day;
  std::chrono::minutes start;
  std::chrono::minutes end;
};

// A half-open interval of absolute time [start, end).
struct BusyInterval {
  TimePoint start;
  TimePoint end;
};

// One bookable consultation.
struct Slot {
  TimePoint start;    // UTC instant
  TimePoint end;      // start + slot length (absolute duration)
  std::string local;  // doctor-local wall time of the start, "2026-12-01T09:00"
};

// Everything free_slots needs; zone must not be null.
struct SlotRequest {
  const date::time_zone* zone;  // the doctor's IANA zone
  std::vector<AvailabilityWindow> windows;
  std::chrono::minutes slot_length;  // consultationMinutes or a visit reason's, e.g. 30
  std::chrono::minutes step{0};      // between slot starts on the wall clock; 0: slot_length
  date::local_days first_day;        // doctor-local calendar days, inclusive
  date::local_days last_day;
  std::vector<BusyInterval> busy;  // time off and appointments already taken, any order
  TimePoint earliest_start;        // now + minimum notice: no slot may start before it
};

// Every free slot, sorted by start: each window of each local day in [first_day, last_day] is
// cut into slots of slot_length starting every `step` (on the wall clock) from the window's start;
// a slot is kept only if it fits inside its window both on the wall clock and in absolute time,
// starts at or after earliest_start, and overlaps no busy interval (touching an edge is free).
// Wall times in the spring-forward gap yield no slot; wall times that occur twice yield the
// earlier instant only. Empty if slot_length ≤ 0 or first_day > last_day.
std::vector<Slot> free_slots(const SlotRequest& request);

// [start of first_day, start of the day after last_day) in zone, in UTC: the span to fetch busy
// intervals for. A day starts at its first existing instant, even when local midnight is skipped.
BusyInterval local_days_span(const date::time_zone* zone, date::local_days first_day,
                             date::local_days last_day);

}  // namespace medimeet::doctors
