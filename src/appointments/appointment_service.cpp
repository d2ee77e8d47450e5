#include "appointments/appointment_service.hpp"

#include <algorithm>

namespace medimeet::appointments {

bool AppointmentService::have_met(soci::session& sql, const std::string& doctor_id,
                                  const std::string& patient_id) const {
  return appointments_.exists_between(sql, doctor_id, patient_id);
}

bool AppointmentService::have_completed_appointment(soci::session& sql, const std::string& doctor_id,
                                                    const std::string& patient_id) const {
  return appointments_.exists_between(sql, doctor_id, patient_id, Status::completed);
}

std::vector<TakenTime> AppointmentService::taken(soci::session& sql,
                                                 const std::vector<std::string>& doctor_ids,
                                                 TimePoint from, TimePoint to) const {
  return appointments_.taken(sql, doctor_ids, from, to);
}

std::vector<Appointment> AppointmentService::confirmed_during(soci::session& sql, const std::string& doctor_id,
                                                             TimePoint from, TimePoint to) const {
  return appointments_.confirmed_during(sql, doctor_id, from, to);
}

std::optional<Appointment> AppointmentService::find(soci::session& sql, const std::string& appointment_id) const {
  return appointments_.find(sql, appointment_id);
}

std::vector<Appointment> AppointmentService::between(soci::session& sql, const std::string& patient_id,
                                                    const std::string& doctor_id) const {
  AppointmentFilter filter;
  filter.patient_id = patient_id;
  filter.doctor_id = doctor_id;
  auto found = appointments_.list(sql, filter, static_cast<int>(appointments_.count(sql, filter)), 0);
  std::reverse(found.begin(), found.end());
  return found;
}

void AppointmentService::hold_by_video(soci::session& sql, const std::string& appointment_id) const {
  appointments_.set_mode(sql, appointment_id, ConsultationMode::video);
}

std::chrono::duration<double> AppointmentService::reminder_lag(soci::session& sql, TimePoint now) const {
  const auto due = appointments_.oldest_due_reminder(sql, now);
  return due ? now - *due : std::chrono::duration<double>::zero();
}

}  // namespace medimeet::appointments
