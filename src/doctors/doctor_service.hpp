#pragma once

#include <soci/session.h>

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "appointments/appointment_service.hpp"
#include "common/paging.hpp"
#include "common/time.hpp"
#include "doctors/directory_pages.hpp"
#include "doctors/doctor.hpp"
#include "doctors/doctor_repository.hpp"
#include "doctors/slot_finder.hpp"
#include "doctors/visit_reason.hpp"
#include "doctors/visit_reason_repository.hpp"
#include "storage/database.hpp"

namespace medimeet::doctors {

struct DoctorSettings {
  std::string default_timezone = "UTC";                     // MEDIMEET_TIMEZONE
  const Currency* currency = find_currency("EUR");          // MEDIMEET_CURRENCY: of every fee
  std::chrono::minutes minimum_notice = std::chrono::hours(2);  // MEDIMEET_MIN_NOTICE
  bool payments_available = false;  // a payment method is configured: doctors may ask for prepayment
  std::size_t listing_cache_bytes = 64 << 20;  // MEDIMEET_LISTING_CACHE: see ListingDocuments
};

// What a doctor changes in their profile; an outer nullopt leaves a field as it is, an inner
// nullopt clears it.
struct DoctorChanges {
  std::optional<std::optional<std::string>> specialty;
  std::optional<std::optional<int>> experience;
  std::optional<std::optional<std::string>> location;
  std::optional<std::string> timezone;
  std::optional<int> consultation_minutes;
  std::optional<std::optional<double>> price;  // in major units of the instance's currency
  std::optional<std::optional<std::string>> about;
  std::optional<std::optional<PostalAddress>> address;
  std::optional<std::optional<std::string>> phone;
  std::optional<std::optional<std::string>> access_notes;
  std::optional<std::vector<std::string>> languages;
  std::optional<std::vector<appointments::ConsultationMode>> consultation_modes;
  std::optional<std::optional<std::string>> rpps_number;
  std::optional<Prepayment> prepayment;
  std::optional<std::vector<AvailabilityWindow>> availability;
};

struct DoctorSearch {
  DoctorFilter filter;
  std::optional<date::local_days> available_on;  // with a free slot that (doctor-local) day
  DoctorOrder order = DoctorOrder::name;  // alphabetical unless the patient asks for another order
  PageRequest paging;
};

struct DoctorListing {
  Doctor doctor;
  std::optional<Slot> next_slot;
};

struct DoctorPage {
  std::vector<DoctorListing> doctors;
  long long total = 0;
  // Until when the passing of time leaves the page true (a next slot still far enough ahead);
  // TimePoint::min() when it cannot be kept at all.
  TimePoint valid_until = TimePoint::max();
};

// A time off with the confirmed bookings it covers, which stay until someone cancels them.
struct TimeOffWithBookings {
  TimeOff time_off;
  std::vector<appointments::Appointment> bookings;
};

struct DoctorSlots {
  std::string doctor_id;
  std::string timezone;
  std::vector<Slot> slots;
  TimePoint valid_until = TimePoint::max();  // as DoctorPage's
};

// The Doctors collection's use cases: profiles, time off, public search and free slots.
class DoctorService {
 public:
  static constexpr int kMaxPageSize = 50;
  static constexpr int kMaxSlotDays = 31;

  DoctorService(storage::Database& database, const Clock& clock,
                const appointments::AppointmentService& appointments, DoctorSettings settings);

  const DoctorSettings& settings() const { return settings_; }
  // How soon from now a slot may start.
  std::chrono::minutes minimum_notice() const { return settings_.minimum_notice; }

  // Creates the Doctors document sharing the user's _id, inside the caller's transaction.
  void create_profile(soci::session& sql, const std::string& user_id, TimePoint now) const;
  // The doctor's own profile, listed or not; 404 if there is none.
  Doctor get(const std::string& doctor_id);
  // 400 validation_failed (unknown time zone, overlapping windows, ...).
  Doctor update(const std::string& doctor_id, const DoctorChanges& changes);

  // 400 when start is not before end.
  TimeOffWithBookings add_time_off(const std::string& doctor_id, TimePoint start, TimePoint end,
                                   const std::string& reason);
  std::vector<TimeOffWithBookings> time_off(const std::string& doctor_id);
  // The doctor's time off, read in the caller's transaction; 404 when there is none with this id.
  TimeOff get_time_off(soci::session& sql, const std::string& doctor_id, const std::string& time_off_id) const;
  // 404 when the doctor has no such time off.
  void remove_time_off(const std::string& doctor_id, const std::string& time_off_id);

  // The listing generation (migration 0021): read it before a listing to know what it shows.
  long long listing_generation();
  // Listed doctors only. The page size is clamped to kMaxPageSize.
  DoctorPage search(const DoctorSearch& search);
  // A listed doctor with their next free slot (within nine weeks); 404 for unknown or unlisted ones.
  DoctorListing get_listed(const std::string& doctor_id);
  std::vector<std::pair<std::string, long long>> specialties();
  // The most booked listed doctors of the last 90 days.
  std::vector<DoctorListing> popular(int limit);
  // A listed doctor, read in the caller's transaction; nullopt for unknown or unlisted ones.
  std::optional<Doctor> find_listed(soci::session& sql, const std::string& doctor_id) const;
  // The doctor's profile, listed or not, read in the caller's transaction; 404 if there is none.
  Doctor get(soci::session& sql, const std::string& doctor_id) const;
  // True when `start` is one of the doctor's free slots for a consultation of `reason` (or of
  // the doctor's own length) starting no sooner than `earliest_start` (now plus the minimum
  // notice for patients; the practice itself books up to now), read in the caller's transaction.
  bool is_free_slot(soci::session& sql, const Doctor& doctor, TimePoint start, TimePoint earliest_start,
                    const VisitReason* reason);
  // The doctor-local day holding `instant`, as UTC instants [start, end).
  BusyInterval local_day_around(const Doctor& doctor, TimePoint instant) const;
  // Takes the doctor's row lock (PostgreSQL; SQLite has one writer): every transaction that
  // changes a doctor's free time takes it before its first write, so bookings of different
  // lengths cannot overlap without sharing a start (which the unique slot index alone would not
  // stop), and kept free days are rebuilt one transaction after the other, each seeing the one
  // before.
  void lock_schedule(soci::session& sql, const std::string& doctor_id) const;
  // The doctor's appointments changed: their kept free days follow, in the caller's transaction.
  void schedule_changed(soci::session& sql, const Doctor& doctor) const;
  void schedule_changed(soci::session& sql, const std::string& doctor_id) const;
  // The doctor's kept free days as they are before a change confined to one appointment's time
  // (read under the schedule lock, before the change's first write), for schedule_changed_within.
  std::optional<FreeDaysRange> free_days_before_change(soci::session& sql, const Doctor& doctor) const;
  // The doctor's free time changed within `changed` alone: only the days it touches are
  // computed again (all of them when `before` was not current).
  void schedule_changed_within(soci::session& sql, const Doctor& doctor, BusyInterval changed,
                               const std::optional<FreeDaysRange>& before) const;
  // Moves the kept free days of up to `limit` doctors on to their new today (or computes them
  // for a doctor who has none yet); returns how many doctors it did.
  int renew_free_days(int limit);

  // Free slots of a listed doctor on the doctor-local days [from, to] (by default from today
  // for a week); 400 when to < from or the range is longer than kMaxSlotDays; 404 for unknown
  // or unlisted doctors.
  // With a visit reason, the slots fit its length (archived reasons too: moving an appointment
  // booked for one keeps its length); 404 for a reason the doctor does not have.
  DoctorSlots slots(const std::string& doctor_id, std::optional<date::local_days> from,
                    std::optional<date::local_days> to, const std::optional<std::string>& reason_id = {});

  // The reasons patients can book a listed doctor for; 404 for unknown or unlisted doctors.
  std::vector<VisitReason> listed_visit_reasons(const std::string& doctor_id);
  // The doctor's own reasons (listed or not).
  std::vector<VisitReason> visit_reasons(const std::string& doctor_id);
  // 400 validation_failed (name and durationMinutes required), 409 too_many_visit_reasons.
  VisitReason add_visit_reason(const std::string& doctor_id, const VisitReasonChanges& reason);
  // 404 when the doctor has no such (unarchived) reason.
  VisitReason update_visit_reason(const std::string& doctor_id, const std::string& reason_id,
                                  const VisitReasonChanges& changes);
  // Archived: no longer offered; appointments booked for it keep it. 404 as above.
  void archive_visit_reason(const std::string& doctor_id, const std::string& reason_id);
  // In the caller's transaction: the doctor's unarchived reasons, and one of them (archived or not).
  std::vector<VisitReason> active_visit_reasons(soci::session& sql, const std::string& doctor_id) const;
  std::optional<VisitReason> find_visit_reason(soci::session& sql, const std::string& doctor_id,
                                               const std::string& reason_id) const;

 private:
  // A fee in the instance's currency; 400 when it has more decimals than its minor unit.
  std::optional<Money> fee(const std::optional<double>& amount) const;
  // Listed doctors matching `search` with a free slot on its day, checked one by one: for a day
  // whose free days are not kept (beyond nine weeks).
  DoctorPage search_computing_free_days(soci::session& sql, const DoctorSearch& search, int limit, int offset,
                                        TimePoint now) const;
  // How many listed doctors match `filter` (that of `search`, its day as free_on) and those on the
  // page, in order, with until when time leaves that true.
  struct Matches {
    long long total = 0;
    std::vector<Doctor> doctors;
    TimePoint valid_until = TimePoint::max();
  };
  Matches matches(soci::session& sql, const DoctorSearch& search, const DoctorFilter& filter, int limit, int offset,
                  TimePoint now);
  // Checks and applies `changes` to `reason`; 400 validation_failed.
  void apply(VisitReason& reason, const VisitReasonChanges& changes) const;
  // 400 mode_not_offered for a reason in a mode the doctor does not consult in.
  void check_mode_offered(const Doctor& doctor, const VisitReason& reason) const;

  storage::Database& database_;
  const Clock& clock_;
  const appointments::AppointmentService& appointments_;
  DoctorSettings settings_;
  DoctorRepository doctors_;
  VisitReasonRepository visit_reasons_;
  FreeDayRepository free_days_;
  SlotFinder finder_;
  // What a search matches depends on the doctors' rows and, on a day, on that day's free days:
  // its total and its page's doctors are kept while these hold. Most bookings leave both.
  DirectoryPages directory_{10000};
};

}  // namespace medimeet::doctors
