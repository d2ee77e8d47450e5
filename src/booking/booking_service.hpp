#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "access/care_relations.hpp"
#include "accounts/account_service.hpp"
#include "appointments/appointment.hpp"
#include "appointments/appointment_repository.hpp"
#include "booking/appointment_notices.hpp"
#include "booking/booking_events.hpp"
#include "common/paging.hpp"
#include "common/time.hpp"
#include "doctors/doctor_service.hpp"
#include "events/event_bus.hpp"
#include "storage/database.hpp"

namespace medimeet::booking {

// The appointments this module books and changes.
using appointments::Appointment;
using appointments::AppointmentFilter;
using appointments::AppointmentRepository;
using appointments::Counterpart;
using appointments::Status;

struct BookingSettings {
  int max_upcoming_per_patient = 5;                            // MEDIMEET_MAX_ACTIVE_APPOINTMENTS
  std::chrono::seconds cancel_notice = std::chrono::hours(4);  // MEDIMEET_CANCEL_NOTICE
  std::vector<std::chrono::seconds> reminder_offsets = {std::chrono::hours(24), std::chrono::hours(1)};
};

// What patients are told before they book: how soon a slot may start, and until how long before
// its start they can cancel or move it online (after that, they call the practice).
struct BookingPolicy {
  std::chrono::minutes minimum_notice;
  std::chrono::seconds change_notice;
};

struct BookingRequest {
  std::string doctor_id;
  TimePoint appointment_date;
  std::string notes;
  std::optional<std::string> reason_id;  // required when the doctor offers visit reasons
  // How it happens; by default the visit reason's, else at the practice when the doctor consults
  // there, else by video. One the doctor offers.
  std::optional<appointments::ConsultationMode> mode;
};

// A booking the practice makes for a patient on the phone: one it already has (patient_id), or
// a new one (new_patient: name, email, phone, language), who is invited to choose a password.
struct PracticeBookingRequest {
  BookingRequest booking;  // its doctor_id is the signed-in doctor's
  std::optional<std::string> patient_id;
  std::optional<accounts::Registration> new_patient;
};

struct AppointmentPage {
  std::vector<Appointment> appointments;
  long long total = 0;
};

struct PatientPage {
  std::vector<appointments::PatientOfDoctor> patients;
  long long total = 0;
};

struct DoctorStats {
  long long total = 0;
  std::vector<std::pair<Status, long long>> by_status;  // every status, zeros included
  // The confirmed ones split by time: still to come, and past ones whose outcome (completed or
  // noShow) the doctor has yet to record.
  long long upcoming = 0;
  long long awaiting_outcome = 0;
};

// Booking and the life of an appointment. Every rule that two concurrent requests could both
// pass is enforced by the database (the unique slot index) or under a lock, not by a read
// followed by a write.
class BookingService {
 public:
  static constexpr int kMaxPageSize = 100;

  // Publishes the booking events on `events` in each change's transaction.
  BookingService(storage::Database& database, const Clock& clock, const accounts::AccountService& accounts,
                 doctors::DoctorService& doctors, const events::EventBus& events,
                 const AppointmentNotices& notices, BookingSettings settings);

  BookingPolicy policy() const;
  // The appointment with this id, whoever its parties are, read on `sql`: for the operator's export.
  std::optional<Appointment> find(soci::session& sql, const std::string& appointment_id) const;
  // Stores an appointment of a data import as it is (the importer checked it): no booking rule
  // applies and nothing is published, so no one is notified and no payment is opened. A
  // confirmed one still to come gets its reminders as a booking does.
  void import_appointment(storage::Transaction& sql, const Appointment& appointment);
  // Every appointment of the caller (as patient or as doctor), earliest first: for their data export.
  std::vector<Appointment> appointments_of(soci::session& sql, const access::Caller& caller) const;

  // The signed-in doctor books one of their free slots (no minimum notice) for a patient of
  // theirs or a new one; the patient is notified as for an online booking. 404 for a patient
  // the doctor has never had, 400 for a bad new patient, 409 email_taken (the address has an
  // account: pick the patient, or let them book), and the booking rules of `book`.
  Appointment book_for_patient(const access::Caller& caller, const PracticeBookingRequest& request);

  // 403 email_not_verified; 404 unknown doctor; 400 for a missing or unknown reasonId when the
  // doctor offers visit reasons; 409 slot_unavailable (for the reason's length),
  // reason_for_known_patients, already_booked_that_day, too_many_appointments,
  // idempotency_key_reused. With an idempotency key, a repeated request
  // returns the appointment the first one booked.
  Appointment book(const access::Caller& caller, const BookingRequest& request,
                   const std::optional<std::string>& idempotency_key);
  // The caller's appointments (as patient or as doctor), by date.
  AppointmentPage list(const access::Caller& caller, AppointmentFilter filter, const PageRequest& paging);
  // 404 unless the caller is the appointment's patient or doctor.
  Appointment get(const access::Caller& caller, const std::string& appointment_id);
  // 409 not_confirmed, too_late_to_cancel (a patient, within the notice).
  Appointment cancel(const access::Caller& caller, const std::string& appointment_id,
                     const std::string& reason);
  // Cancels, as the system, a confirmed appointment whose payment did not come in time, in the
  // caller's transaction: both parties are told. False when it is no longer confirmed.
  bool cancel_unpaid(storage::Transaction& sql, const std::string& appointment_id, const std::string& reason,
                     TimePoint now);
  // Cancels, as the doctor, each confirmed booking the doctor's time off covers, each patient
  // notified once with `reason` (the time off's own when empty); 404 for another's time off.
  std::vector<Appointment> cancel_bookings_during(const access::Caller& caller, const std::string& time_off_id,
                                                  const std::string& reason);
  // The same appointment at another free slot, under the cancel notice and booking rules.
  Appointment reschedule(const access::Caller& caller, const std::string& appointment_id,
                         TimePoint new_date);
  // By its doctor once it has started; 403 only_the_doctor, 409 not_started, not_confirmed.
  Appointment complete(const access::Caller& caller, const std::string& appointment_id);
  // The patient did not come: noShow, by its doctor once it has started; failures as complete.
  Appointment mark_no_show(const access::Caller& caller, const std::string& appointment_id);

  DoctorStats stats(const std::string& doctor_id);
  // The doctor's patients or the patient's doctors.
  std::vector<Counterpart> counterparts(const access::Caller& caller);
  // The signed-in doctor's patients, latest appointment first; `term` (folded) narrows them to
  // those whose name, email or phone contains it.
  PatientPage patients(const access::Caller& caller, const std::optional<std::string>& term, const PageRequest& paging);

  // Sends the reminders that are due, each exactly once; returns how many. For the worker.
  int send_due_reminders();
  // Forgets idempotency keys after a day (a retry comes within minutes) and sent reminder jobs;
  // returns how many rows went.
  long long purge_expired();

 private:
  Appointment find_for(soci::session& sql, const access::Caller& caller, const std::string& id) const;
  // Checks the slot (no sooner than `earliest_start`) and the patient's limits for an
  // appointment at `start`.
  void check_booking_rules(soci::session& sql, const doctors::Doctor& doctor,
                           const std::string& patient_id, TimePoint start, TimePoint earliest_start,
                           TimePoint now, const std::string& except_appointment,
                           const doctors::VisitReason* reason);
  // Books `appointment` (its id set) for `patient` with `doctor` as `request` says, under the
  // booking rules: stored with its reminders, AppointmentBooked published.
  // `by_practice`: the doctor booked it for the patient (on the phone).
  void place(storage::Transaction& sql, Appointment& appointment, const doctors::Doctor& doctor,
             const accounts::User& patient, const BookingRequest& request, TimePoint earliest_start, TimePoint now,
             bool by_practice);
  // The reason a booking is for: none for a doctor without reasons; 400 when one is needed or
  // unknown, 409 when it is for patients the doctor has already seen and this one is new.
  std::optional<doctors::VisitReason> reason_for(soci::session& sql, const doctors::Doctor& doctor,
                                                 const std::string& patient_id,
                                                 const std::optional<std::string>& reason_id);
  std::vector<TimePoint> reminder_times(TimePoint start, TimePoint now) const;
  // Completed or noShow, by the appointment's doctor once it has started.
  Appointment settle(const access::Caller& caller, const std::string& appointment_id, Status outcome);
  // Cancels a confirmed appointment on behalf of `by` ("patient" or "doctor") with `reason`
  // (none when empty) and publishes AppointmentCanceled, which notifies the other side.
  void withdraw(storage::Transaction& sql, Appointment& appointment, const std::string& by, const std::string& reason,
                const doctors::Doctor& doctor, TimePoint now);
  // Ends a confirmed appointment (canceled or completed): saved, its reminders dropped.
  void close(soci::session& sql, Appointment& appointment, Status status, TimePoint now);

  storage::Database& database_;
  const Clock& clock_;
  const accounts::AccountService& accounts_;
  doctors::DoctorService& doctors_;
  const events::EventBus& events_;
  const AppointmentNotices& notices_;
  BookingSettings settings_;
  AppointmentRepository appointments_;
};

}  // namespace medimeet::booking
