#pragma once

#include <soci/session.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "appointments/appointment.hpp"
#include "common/time.hpp"
#include "storage/query.hpp"

namespace medimeet::appointments {

// The span an appointment that is not canceled keeps its doctor busy.
struct TakenTime {
  std::string doctor_id;
  TimePoint start;
  TimePoint end;
};

// The query `taken` runs: the appointments not canceled of these doctors starting within
// (lower, upper), epoch milliseconds (also for the benchmark's query plans).
storage::Query taken_query(const std::vector<std::string>& doctor_ids, long long lower, long long upper);

struct AppointmentFilter {
  std::optional<std::string> patient_id;
  std::optional<std::string> doctor_id;
  std::optional<Status> status;
  std::optional<TimePoint> from;
  std::optional<TimePoint> to;
};

// One counterpart of a user: a patient of a doctor, or a doctor of a patient.
struct Counterpart {
  std::string id;
  std::string name;
  long long appointments = 0;
  TimePoint last_appointment;
};

// A patient as their doctor's list shows them: enough to reach them and to tell namesakes apart.
struct PatientOfDoctor {
  std::string id;
  std::string name;
  std::string email;
  std::string phone;
  std::optional<TimePoint> date_of_birth;
  long long appointments = 0;                  // of any status, past and future
  TimePoint last_appointment;                  // the latest start, of any status
  std::optional<TimePoint> last_visit;         // the latest completed appointment
  std::optional<TimePoint> next_appointment;   // the next confirmed one from now
};

// All SQL of the appointments, idempotency_keys and reminder_jobs tables.
class AppointmentRepository {
 public:
  // Every stored field as it is (a new booking's, or an imported one's). Throws the database's
  // unique violation when the doctor's slot is already taken.
  void insert(soci::session& sql, const Appointment& appointment) const;
  std::optional<Appointment> find(soci::session& sql, const std::string& id) const;
  // Status, date, notes, cancellation and sequence; may throw a unique violation (reschedule).
  void update(soci::session& sql, const Appointment& appointment) const;
  void set_mode(soci::session& sql, const std::string& appointment_id, ConsultationMode mode) const;
  std::vector<Appointment> list(soci::session& sql, const AppointmentFilter& filter, int limit,
                                int offset) const;
  long long count(soci::session& sql, const AppointmentFilter& filter) const;
  // Confirmed appointments of the patient starting at or after `from`.
  long long count_upcoming(soci::session& sql, const std::string& patient_id, TimePoint from) const;
  // Confirmed appointments of the patient with the doctor starting within [from, to), but `except`.
  long long count_with_doctor_between(soci::session& sql, const std::string& patient_id,
                                      const std::string& doctor_id, TimePoint from, TimePoint to,
                                      const std::string& except) const;
  // Status -> count for the doctor.
  std::vector<std::pair<Status, long long>> count_by_status(soci::session& sql,
                                                            const std::string& doctor_id) const;
  // The doctor's patients, or the patient's doctors, most recent first.
  std::vector<Counterpart> counterparts(soci::session& sql, const std::string& user_id,
                                        bool of_doctor) const;
  // The doctor's confirmed appointments overlapping [from, to), earliest first.
  std::vector<Appointment> confirmed_during(soci::session& sql, const std::string& doctor_id, TimePoint from,
                                            TimePoint to) const;
  // A page of the doctor's patients, latest appointment first; with `term` (folded), those whose
  // name, email or phone contains it.
  std::vector<PatientOfDoctor> patients_of(soci::session& sql, const std::string& doctor_id, TimePoint now,
                                           const std::optional<std::string>& term, int limit, int offset) const;
  long long count_patients_of(soci::session& sql, const std::string& doctor_id,
                              const std::optional<std::string>& term) const;
  // Serialises bookings of one patient on PostgreSQL (SQLite writers are serialised anyway).
  void lock_patient(soci::session& sql, const std::string& patient_id) const;

  // Idempotency keys: the appointment a key booked, with the hash of its request.
  std::optional<std::pair<std::string, std::string>> find_idempotency_key(
      soci::session& sql, const std::string& user_id, const std::string& key) const;
  // Throws the database's unique violation when the key exists already.
  void insert_idempotency_key(soci::session& sql, const std::string& user_id,
                              const std::string& key, const std::string& request_hash,
                              const std::string& appointment_id, TimePoint now) const;

  // Idempotency keys older than `before` and reminder jobs done before it; returns how many.
  long long purge_before(soci::session& sql, TimePoint before) const;

  // Reminder jobs.
  void replace_reminders(soci::session& sql, const std::string& appointment_id,
                         const std::vector<TimePoint>& due, TimePoint now) const;
  void remove_reminders(soci::session& sql, const std::string& appointment_id) const;
  // Pending reminders due at `now`: (job id, appointment id).
  std::vector<std::pair<std::string, std::string>> due_reminders(soci::session& sql, TimePoint now,
                                                                 int limit) const;
  // Marks the job done; false when another worker did first.
  bool claim_reminder(soci::session& sql, const std::string& job_id) const;
  // The due time of the oldest pending reminder that is due at `now`; none when none is late.
  std::optional<TimePoint> oldest_due_reminder(soci::session& sql, TimePoint now) const;

  // True when the doctor and the patient have at least one appointment (of `status`, if given).
  bool exists_between(soci::session& sql, const std::string& doctor_id, const std::string& patient_id,
                      std::optional<Status> status = std::nullopt) const;
  // Appointments not canceled of the given doctors that overlap [from, to), in one query.
  std::vector<TakenTime> taken(soci::session& sql, const std::vector<std::string>& doctor_ids,
                               TimePoint from, TimePoint to) const;
};

}  // namespace medimeet::appointments
