#pragma once

#include <soci/session.h>

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "appointments/appointment_service.hpp"
#include "common/time.hpp"
#include "doctors/doctor.hpp"
#include "doctors/doctor_repository.hpp"
#include "doctors/free_day_repository.hpp"
#include "doctors/visit_reason.hpp"

namespace medimeet::doctors {

// Finds doctors' free slots: computed from their hours, appointments and time off, and, for
// the "next free slot" of listings and the `availableOn` search, read from the free days kept
// for each listed doctor (doctor_free_days). Any write that moves a doctor's free time drops
// their kept range (triggers, migration 0021), so a reader computes that doctor's slots itself
// until `rebuild` keeps them again: the booking and profile paths rebuild in their own
// transaction; the renewal job catches up with any other writer.
class SlotFinder {
 public:
  // How far the next free slot is looked for, and free days are kept: nine weeks, today included.
  static constexpr int kHorizonDays = 63;

  SlotFinder(const appointments::AppointmentService& appointments, std::chrono::minutes minimum_notice);

  using BusyByDoctor = std::map<std::string, std::vector<BusyInterval>>;
  // Appointments taken and time off of these doctors within [from, to): two queries in all.
  BusyByDoctor busy_of(soci::session& sql, const std::vector<const Doctor*>& doctors, TimePoint from,
                       TimePoint to) const;
  // The doctor's free slots on the local days [first, last] starting at or after `earliest_start`,
  // of the doctor's length or `reason`'s.
  std::vector<Slot> free_slots_of(const Doctor& doctor, date::local_days first, date::local_days last,
                                  TimePoint earliest_start, const BusyByDoctor& busy,
                                  const VisitReason* reason = nullptr) const;

  // The first free slot of each doctor starting no sooner than `now` plus the minimum notice,
  // within kHorizonDays of the doctor's today.
  std::vector<std::optional<Slot>> next_slots(soci::session& sql, const std::vector<Doctor>& doctors,
                                              TimePoint now) const;

  // Until when `next` (next_slots' answer for `doctors` at `now`) stays true as time passes: up
  // to the moment a next slot comes too near, or a doctor without one reaches their midnight
  // (their nine weeks move on).
  TimePoint valid_until(const std::vector<Doctor>& doctors, const std::vector<std::optional<Slot>>& next,
                        TimePoint now) const;

  // Keeps the doctor's free days from their today over the horizon (none for an unlisted doctor).
  void rebuild(soci::session& sql, const Doctor& doctor, TimePoint now) const;
  // The doctor's kept free days' range when it is current at `now` (covers their today over the
  // horizon), read before a change that the triggers answer by emptying it.
  std::optional<FreeDaysRange> current_range(soci::session& sql, const Doctor& doctor, TimePoint now) const;
  // Keeps the doctor's free days after a change of their free time within `changed` alone (an
  // appointment booked): when `before` (current_range before the change) was still current,
  // only the local days `changed` touches are computed again and the range is kept as it was;
  // else every day is rebuilt.
  void rebuild_after(soci::session& sql, const Doctor& doctor, TimePoint now, BusyInterval changed,
                     const std::optional<FreeDaysRange>& before) const;

  // The doctor's local today, and the instant their tomorrow begins.
  static date::local_days today_of(const Doctor& doctor, TimePoint now);
  static TimePoint next_midnight(const Doctor& doctor, TimePoint now);

 private:
  // The first free slot of each doctor, computed a week at a time for all of them.
  void compute_next_slots(soci::session& sql, const std::vector<const Doctor*>& doctors, TimePoint now,
                          std::vector<std::optional<Slot>*>& next) const;
  // The free days among the local days [first, last], from their free slots (whatever the time now).
  std::vector<FreeDay> free_days_of(soci::session& sql, const Doctor& doctor, date::local_days first,
                                    date::local_days last) const;

  const appointments::AppointmentService& appointments_;
  std::chrono::minutes minimum_notice_;
  DoctorRepository doctors_;
  FreeDayRepository free_days_;
};

// "YYYY-MM-DD".
std::string format_day(date::local_days day);

}  // namespace medimeet::doctors
