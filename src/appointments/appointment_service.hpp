#pragma once

#include <soci/session.h>

#include <optional>
#include <string>
#include <vector>

#include "access/care_relations.hpp"
#include "appointments/appointment_repository.hpp"

namespace medimeet::appointments {

// The appointments use cases other modules rely on, the care relations among them. Each runs on
// the caller's session.
class AppointmentService : public access::CareRelations {
 public:
  bool have_met(soci::session& sql, const std::string& doctor_id,
                const std::string& patient_id) const override;
  bool have_completed_appointment(soci::session& sql, const std::string& doctor_id,
                                  const std::string& patient_id) const override;
  std::optional<Appointment> find(soci::session& sql, const std::string& appointment_id) const;
  // The patient's appointments with the doctor, latest first, of any status.
  std::vector<Appointment> between(soci::session& sql, const std::string& patient_id,
                                   const std::string& doctor_id) const;
  // Makes the appointment a video one: the original MediMeet had no modes, and an appointment a
  // teleconsultation of its data refers to was held by video.
  void hold_by_video(soci::session& sql, const std::string& appointment_id) const;
  // The times the given doctors are booked within [from, to).
  std::vector<TakenTime> taken(soci::session& sql, const std::vector<std::string>& doctor_ids,
                               TimePoint from, TimePoint to) const;
  // The doctor's confirmed appointments overlapping [from, to): the bookings a time off covers.
  std::vector<Appointment> confirmed_during(soci::session& sql, const std::string& doctor_id, TimePoint from,
                                            TimePoint to) const;
  // How late the oldest due reminder is at `now` (zero when none is waiting).
  std::chrono::duration<double> reminder_lag(soci::session& sql, TimePoint now) const;

 private:
  AppointmentRepository appointments_;
};

}  // namespace medimeet::appointments
