#include "doctors/slots.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <utility>

#include "common/enum_names.hpp"

namespace medimeet::doctors {
namespace {

using std::chrono::minutes;

constexpr EnumNames<Weekday, 7> kWeekdayNames{{{{Weekday::monday, "monday"},
                                                {Weekday::tuesday, "tuesday"},
                                                {Weekday::wednesday, "wednesday"},
                                                {Weekday::thursday, "thursday"},
                                                {Weekday::friday, "friday"},
                                                {Weekday::saturday, "saturday"},
                                                {Weekday::sunday, "sunday"}}}};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads `count` decimal digits at `at`; -1 if any of them is not a digit.
int read_digits(std::string_view text, std::size_t at, std::size_t count) {
  int value = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (!is_digit(text[i])) return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

void append_padded(std::string& out, long long value, int width) {
  std::string digits = std::to_string(value);
  if (static_cast<int>(digits.size()) < width) out.append(width - digits.size(), '0');
  out += digits;
}

// "2026-12-01T09:00": the wall clock the doctor and the patient will read.
std::string format_local(date::local_time<minutes> wall) {
  const auto day = date::floor<date::days>(wall);
  const date::year_month_day ymd{day};
  const auto since_midnight = wall - day;
  std::string out;
  out.reserve(16);
  append_padded(out, static_cast<int>(ymd.year()), 4);
  out += '-';
  append_padded(out, static_cast<unsigned>(ymd.month()), 2);
  out += '-';
  append_padded(out, static_cast<unsigned>(ymd.day()), 2);
  out += 'T';
  out += format_time_of_day(since_midnight);
  return out;
}

// The instants wall-clock times name: none in the spring-forward gap, the earlier of the two in
// the fall-back hour, so a slot is never offered twice. The zone's rules are looked up once for
// a stretch of days: a wall time a day or more away from either end of a period with a single
// offset has that offset (transitions are months apart and move the clock by hours).
class WallClock {
 public:
  explicit WallClock(const date::time_zone& zone) : zone_(zone) {}

  std::optional<TimePoint> instant(date::local_time<minutes> wall) {
    const auto local = date::local_seconds{wall.time_since_epoch()};
    if (!(known_from_ <= local && local < known_until_)) {
      const auto info = zone_.get_info(wall);
      if (info.result == date::local_info::nonexistent) return std::nullopt;
      offset_ = info.first.offset;
      if (info.result == date::local_info::unique) {
        const auto margin = date::days{1};
        known_from_ = date::local_seconds{(info.first.begin + offset_ + margin).time_since_epoch()};
        known_until_ = date::local_seconds{(info.first.end + offset_ - margin).time_since_epoch()};
      } else {
        known_from_ = known_until_ = {};
      }
    }
    return TimePoint{date::sys_seconds{local.time_since_epoch()} - offset_};
  }

 private:
  const date::time_zone& zone_;
  std::chrono::seconds offset_{0};
  date::local_seconds known_from_{};
  date::local_seconds known_until_{};
};

// Sorted by start, so one forward walk answers every overlap question; empty or inverted
// intervals cover no time and would only confuse that walk.
std::vector<BusyInterval> sorted_busy(std::vector<BusyInterval> busy) {
  std::erase_if(busy, [](const BusyInterval& b) { return b.end <= b.start; });
  std::sort(busy.begin(), busy.end(),
            [](const BusyInterval& a, const BusyInterval& b) { return a.start < b.start; });
  return busy;
}

}  // namespace

std::string_view to_string(Weekday day) { return kWeekdayNames.name(day); }

std::optional<Weekday> weekday_from_string(std::string_view text) { return kWeekdayNames.parse(text); }

Weekday weekday_of(date::local_days day) {
  return static_cast<Weekday>(date::weekday{day}.iso_encoding() - 1);
}

std::optional<minutes> parse_time_of_day(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  const int hours = read_digits(text, 0, 2);
  const int mins = read_digits(text, 3, 2);
  if (hours < 0 || hours > 23 || mins < 0 || mins > 59) return std::nullopt;
  return minutes{hours * 60 + mins};
}

std::string format_time_of_day(minutes since_midnight) {
  std::string out;
  out.reserve(5);
  append_padded(out, since_midnight.count() / 60, 2);
  out += ':';
  append_padded(out, since_midnight.count() % 60, 2);
  return out;
}

std::vector<Slot> free_slots(const SlotRequest& request) {
  std::vector<Slot> slots;
  if (request.slot_length <= minutes::zero() || request.first_day > request.last_day) return slots;
  const date::time_zone& zone = *request.zone;
  const auto step = request.step > minutes::zero() ? request.step : request.slot_length;

  std::array<std::vector<AvailabilityWindow>, 7> windows_by_day;
  for (const auto& window : request.windows) {
    windows_by_day[static_cast<std::size_t>(window.day)].push_back(window);
  }
  for (auto& windows : windows_by_day) {
    std::sort(windows.begin(), windows.end(),
              [](const auto& a, const auto& b) { return a.start < b.start; });
  }

  WallClock clock(zone);
  for (auto day = request.first_day; day <= request.last_day; day += date::days{1}) {
    for (const auto& window : windows_by_day[static_cast<std::size_t>(weekday_of(day))]) {
      const auto window_end_wall = day + window.end;
      // A skipped end time resolves to the transition itself, so the window still has an end.
      const TimePoint window_end = zone.to_sys(window_end_wall, date::choose::earliest);
      for (auto wall = day + window.start; wall + request.slot_length <= window_end_wall; wall += step) {
        const auto start = clock.instant(wall);
        if (!start || *start < request.earliest_start) continue;
        const TimePoint end = *start + request.slot_length;
        // On a spring-forward day the wall clock jumps while the slot runs: it must still end
        // within the window in real time.
        if (end > window_end) continue;
        slots.push_back(Slot{*start, end, format_local(wall)});
      }
    }
  }

  // Valid windows already come out in order; sorting anyway keeps the busy walk below sound
  // when they do not, since a missed overlap would be a double booking.
  std::stable_sort(slots.begin(), slots.end(),
                   [](const Slot& a, const Slot& b) { return a.start < b.start; });
  slots.erase(std::unique(slots.begin(), slots.end(),
                          [](const Slot& a, const Slot& b) { return a.start == b.start; }),
              slots.end());

  // Slots and busy intervals both ascend: an interval that ended before one slot started ends
  // before every later one, and if the first unfinished interval starts after the slot ends,
  // so do all that follow it.
  const auto busy = sorted_busy(request.busy);
  std::size_t next_busy = 0;
  std::vector<Slot> free;
  free.reserve(slots.size());
  for (auto& slot : slots) {
    while (next_busy < busy.size() && busy[next_busy].end <= slot.start) ++next_busy;
    if (next_busy < busy.size() && busy[next_busy].start < slot.end) continue;
    free.push_back(std::move(slot));
  }
  return free;
}

BusyInterval local_days_span(const date::time_zone* zone, date::local_days first_day,
                             date::local_days last_day) {
  // Earliest: where midnight is skipped (a DST change at 00:00), the day begins at the jump.
  return BusyInterval{zone->to_sys(first_day, date::choose::earliest),
                      zone->to_sys(last_day + date::days{1}, date::choose::earliest)};
}

}  // namespace medimeet::doctors
