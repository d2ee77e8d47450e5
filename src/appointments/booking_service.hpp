#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "accounts/account_service.hpp"
#include "appointments/appointment.hpp"
#include "appointments/appointment_repository.hpp"
#include "common/paging.hpp"
#include "common/time.hpp"
#include "doctors/doctor_service.hpp"
#include "notifications/notification_service.hpp"
#include "storage/database.hpp"

namespace medimeet::appointments {

struct BookingSettings {
  int max_upcoming_per_patient = 5;                            // MEDIMEET_MAX_ACTIVE_APPOINTMENTS
  std::chrono::seconds cancel_notice = std::chrono::hours(4);  // MEDIMEET_CANCEL_NOTICE
  std::vector<std::chrono::seconds> reminder_offsets = {std::chrono::hours(24), std::chrono::hours(1)};
};

struct BookingRequest {
  std::string doctor_id;
  TimePoint appointment_date;
  std::string notes;
};

struct AppointmentPage {
  std::vector<Appointment> appointments;
  long long total = 0;
};

struct DoctorStats {
  long long total = 0;
  std::vector<std::pair<Status, long long>> by_status;  // every status, zeros included
};

// Booking and the life of an appointment. Every rule that two concurrent requests could both
// pass is enforced by the database (the unique slot index) or under a lock, not by a read
// followed by a write.
class BookingService {
 public:
  static constexpr int kMaxPageSize = 100;

  BookingService(storage::Database& database, const Clock& clock, accounts::AccountService& accounts,
                 doctors::DoctorService& doctors, const notifications::NotificationService& notifications,
                 BookingSettings settings);

  // 403 email_not_verified; 404 unknown doctor; 409 slot_unavailable, already_booked_that_day,
  // too_many_appointments, idempotency_key_reused. With an idempotency key, a repeated request
  // returns the appointment the first one booked.
  Appointment book(const accounts::User& patient, const BookingRequest& request,
                   const std::optional<std::string>& idempotency_key);
  // The caller's appointments (as patient or as doctor), by date.
  AppointmentPage list(const accounts::User& user, AppointmentFilter filter, const PageRequest& paging);
  // 404 unless the caller is the appointment's patient or doctor.
  Appointment get(const accounts::User& user, const std::string& appointment_id);
  // 409 not_confirmed, too_late_to_cancel (a patient, within the notice).
  Appointment cancel(const accounts::User& user, const std::string& appointment_id,
                     const std::string& reason);
  // The same appointment at another free slot, under the cancel notice and booking rules.
  Appointment reschedule(const accounts::User& user, const std::string& appointment_id,
                         TimePoint new_date);
  // By its doctor once it has started; 409 not_started, not_confirmed.
  Appointment complete(const accounts::User& user, const std::string& appointment_id);

  DoctorStats stats(const std::string& doctor_id);
  // The doctor's patients or the patient's doctors.
  std::vector<Counterpart> counterparts(const accounts::User& user);

  // Sends the reminders that are due, each exactly once; returns how many. For the worker.
  int send_due_reminders();
  // Forgets idempotency keys after a day (a retry comes within minutes) and sent reminder jobs;
  // returns how many rows went.
  long long purge_expired();

 private:
  Appointment find_for(soci::session& sql, const accounts::User& user, const std::string& id) const;
  // Writes the appointment-to-be at `start` after checking the slot and the patient's limits.
  void check_booking_rules(soci::session& sql, const doctors::Doctor& doctor,
                           const std::string& patient_id, TimePoint start, TimePoint now,
                           const std::string& except_appointment);
  std::vector<TimePoint> reminder_times(TimePoint start, TimePoint now) const;
  // Read before a transaction opens: a transaction never waits for a second connection.
  notifications::Recipient recipient(const std::string& user_id);
  void notify_booked(storage::Transaction& sql, const Appointment& appointment, const doctors::Doctor& doctor,
                     const notifications::Recipient& patient, const notifications::Recipient& doctor_user,
                     bool moved);

  storage::Database& database_;
  const Clock& clock_;
  accounts::AccountService& accounts_;
  doctors::DoctorService& doctors_;
  const notifications::NotificationService& notifications_;
  BookingSettings settings_;
  AppointmentRepository appointments_;
};

}  // namespace medimeet::appointments
