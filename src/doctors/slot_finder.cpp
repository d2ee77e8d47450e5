#include "doctors/slot_finder.hpp"

#include <algorithm>


namespace medimeet::doctors {
namespace {

// Where the kept free days run out, the next free slot is computed a week at a time.
constexpr int kNextSlotChunkDays = 7;

}  // namespace

std::string format_day(date::local_days day) { return date::format("%F", day); }

SlotFinder::SlotFinder(const appointments::AppointmentService& appointments, std::chrono::minutes minimum_notice)
    : appointments_(appointments), minimum_notice_(minimum_notice) {}

date::local_days SlotFinder::today_of(const Doctor& doctor, TimePoint now) {
  return date::floor<date::days>(zone_of(doctor)->to_local(now));
}

TimePoint SlotFinder::next_midnight(const Doctor& doctor, TimePoint now) {
  const auto tomorrow = today_of(doctor, now) + date::days(1);
  return local_days_span(zone_of(doctor), tomorrow, tomorrow).start;
}

SlotFinder::BusyByDoctor SlotFinder::busy_of(soci::session& sql, const std::vector<const Doctor*>& doctors,
                                             TimePoint from, TimePoint to) const {
  BusyByDoctor busy;
  std::vector<std::string> ids;
  for (const auto* doctor : doctors) ids.push_back(doctor->id);
  for (const auto& taken : appointments_.taken(sql, ids, from, to)) {
    busy[taken.doctor_id].push_back({taken.start, taken.end});
  }
  for (const auto& off : doctors_.time_off_between(sql, ids, from, to)) {
    busy[off.doctor_id].push_back({off.start, off.end});
  }
  return busy;
}

std::vector<Slot> SlotFinder::free_slots_of(const Doctor& doctor, date::local_days first, date::local_days last,
                                            TimePoint earliest_start, const BusyByDoctor& busy,
                                            const VisitReason* reason) const {
  // A reason's slots keep to the doctor's grid (a 45-minute reason starts on the 30-minute
  // marks), or to its own length when that is shorter.
  const std::chrono::minutes grid(doctor.consultation_minutes);
  const std::chrono::minutes length = reason ? std::chrono::minutes(reason->duration_minutes) : grid;
  SlotRequest request{zone_of(doctor), doctor.availability, length, std::min(grid, length), first, last, {},
                      earliest_start};
  if (auto it = busy.find(doctor.id); it != busy.end()) request.busy = it->second;
  return free_slots(request);
}

std::vector<std::optional<Slot>> SlotFinder::next_slots(soci::session& sql, const std::vector<Doctor>& doctors,
                                                        TimePoint now) const {
  std::vector<std::optional<Slot>> next(doctors.size());
  std::vector<std::string> ids;
  for (const auto& doctor : doctors) {
    if (!doctor.availability.empty()) ids.push_back(doctor.id);
  }
  if (ids.empty()) return next;
  const auto earliest = now + minimum_notice_;
  const auto earliest_ms = to_epoch_ms(earliest);
  const auto ranges = free_days_.ranges(sql, ids);
  // Every zone's today is within a day of UTC's.
  const auto utc_yesterday = date::local_days(date::floor<date::days>(now).time_since_epoch()) - date::days(1);
  const auto kept = free_days_.days_from(sql, ids, format_day(utc_yesterday));

  std::vector<const Doctor*> computed;  // free days not kept over their whole horizon (yet)
  std::vector<std::optional<Slot>*> computed_next;
  std::vector<const Doctor*> under_way;  // their first free day has begun: computed that day
  std::vector<std::pair<std::size_t, date::local_days>> under_way_days;
  TimePoint under_way_from = TimePoint::max();
  TimePoint under_way_to = TimePoint::min();
  for (std::size_t i = 0; i < doctors.size(); ++i) {
    const auto& doctor = doctors[i];
    if (doctor.availability.empty()) continue;
    const auto today = today_of(doctor, now);
    const auto first = format_day(today);
    const auto last = format_day(today + date::days(kHorizonDays - 1));
    const auto range = ranges.find(doctor.id);
    if (range == ranges.end() || !range->second.covers(first) || !range->second.covers(last)) {
      computed.push_back(&doctor);
      computed_next.push_back(&next[i]);
      continue;
    }
    const auto found = kept.find(doctor.id);
    if (found == kept.end()) continue;
    for (const auto& day : found->second) {
      if (day.day < first || day.day > last || day.last_free < earliest_ms) continue;
      const auto local_day = date::local_days(parse_calendar_date(day.day).value().time_since_epoch());
      if (day.first_free >= earliest_ms) {
        // That day's first free slot is bookable: the slot itself, without reading anything.
        const auto start = from_epoch_ms(day.first_free);
        auto slots = free_slots_of(doctor, local_day, local_day, start, {});
        if (!slots.empty() && slots.front().start == start) {
          next[i] = std::move(slots.front());
          break;
        }
      }
      under_way.push_back(&doctor);
      under_way_days.emplace_back(i, local_day);
      const auto span = local_days_span(zone_of(doctor), local_day, local_day);
      under_way_from = std::min(under_way_from, span.start);
      under_way_to = std::max(under_way_to, span.end);
      break;
    }
  }
  if (!under_way.empty()) {
    const auto busy = busy_of(sql, under_way, under_way_from, under_way_to);
    for (std::size_t k = 0; k < under_way.size(); ++k) {
      const auto [i, day] = under_way_days[k];
      auto slots = free_slots_of(*under_way[k], day, day, earliest, busy);
      if (!slots.empty()) {
        next[i] = std::move(slots.front());
      } else {
        computed.push_back(under_way[k]);
        computed_next.push_back(&next[i]);
      }
    }
  }
  compute_next_slots(sql, computed, now, computed_next);
  return next;
}

TimePoint SlotFinder::valid_until(const std::vector<Doctor>& doctors, const std::vector<std::optional<Slot>>& next,
                                  TimePoint now) const {
  auto until = TimePoint::max();
  for (std::size_t i = 0; i < doctors.size(); ++i) {
    if (next[i]) {
      until = std::min(until, next[i]->start - minimum_notice_);
    } else if (!doctors[i].availability.empty()) {
      until = std::min(until, next_midnight(doctors[i], now) - std::chrono::milliseconds(1));
    }
  }
  return until;
}

void SlotFinder::compute_next_slots(soci::session& sql, const std::vector<const Doctor*>& doctors, TimePoint now,
                                    std::vector<std::optional<Slot>*>& next) const {
  const auto earliest = now + minimum_notice_;
  for (int day = 0; day < kHorizonDays; day += kNextSlotChunkDays) {
    // The doctors still without a slot, and the span covering this week of each one's days.
    std::vector<const Doctor*> pending;
    std::vector<std::size_t> positions;
    TimePoint from = TimePoint::max();
    TimePoint to = TimePoint::min();
    for (std::size_t i = 0; i < doctors.size(); ++i) {
      if (*next[i]) continue;
      const auto first = today_of(*doctors[i], now) + date::days(day);
      const auto span = local_days_span(zone_of(*doctors[i]), first, first + date::days(kNextSlotChunkDays - 1));
      from = std::min(from, span.start);
      to = std::max(to, span.end);
      pending.push_back(doctors[i]);
      positions.push_back(i);
    }
    if (pending.empty()) break;
    const auto busy = busy_of(sql, pending, from, to);
    for (std::size_t k = 0; k < pending.size(); ++k) {
      const auto first = today_of(*pending[k], now) + date::days(day);
      auto slots = free_slots_of(*pending[k], first, first + date::days(kNextSlotChunkDays - 1), earliest, busy);
      if (!slots.empty()) *next[positions[k]] = std::move(slots.front());
    }
  }
}

std::vector<FreeDay> SlotFinder::free_days_of(soci::session& sql, const Doctor& doctor, date::local_days first,
                                              date::local_days last) const {
  std::vector<FreeDay> days;
  const auto span = local_days_span(zone_of(doctor), first, last);
  const auto busy = busy_of(sql, {&doctor}, span.start, span.end);
  // Slots come sorted by start, so by local day: "2026-12-01T09:00" begins with its day.
  for (const auto& slot : free_slots_of(doctor, first, last, TimePoint::min(), busy)) {
    const auto day = slot.local.substr(0, 10);
    const auto start = to_epoch_ms(slot.start);
    if (days.empty() || days.back().day != day) {
      days.push_back({day, start, start});
    } else {
      days.back().last_free = start;
    }
  }
  return days;
}

void SlotFinder::rebuild(soci::session& sql, const Doctor& doctor, TimePoint now) const {
  if (!is_complete(doctor)) {
    free_days_.remove(sql, doctor.id);
    return;
  }
  const auto today = today_of(doctor, now);
  const auto last = today + date::days(kHorizonDays - 1);
  free_days_.store(sql, doctor.id, {format_day(today), format_day(last), to_epoch_ms(next_midnight(doctor, now))},
                   free_days_of(sql, doctor, today, last));
}

std::optional<FreeDaysRange> SlotFinder::current_range(soci::session& sql, const Doctor& doctor,
                                                       TimePoint now) const {
  const auto today = today_of(doctor, now);
  const auto ranges = free_days_.ranges(sql, {doctor.id});
  const auto range = ranges.find(doctor.id);
  if (range == ranges.end() || !range->second.covers(format_day(today)) ||
      !range->second.covers(format_day(today + date::days(kHorizonDays - 1)))) {
    return std::nullopt;
  }
  return range->second;
}

void SlotFinder::rebuild_after(soci::session& sql, const Doctor& doctor, TimePoint now, BusyInterval changed,
                               const std::optional<FreeDaysRange>& before) const {
  if (!before || !is_complete(doctor)) {
    rebuild(sql, doctor, now);
    return;
  }
  const auto* zone = zone_of(doctor);
  const auto first = std::max(date::floor<date::days>(zone->to_local(changed.start)), today_of(doctor, now));
  const auto last = std::min(date::floor<date::days>(zone->to_local(changed.end - std::chrono::milliseconds(1))),
                             today_of(doctor, now) + date::days(kHorizonDays - 1));
  if (first <= last) {
    free_days_.store(sql, doctor.id, *before, free_days_of(sql, doctor, first, last), format_day(first),
                     format_day(last));
  } else {
    free_days_.set_range(sql, doctor.id, *before);
  }
}

}  // namespace medimeet::doctors
