#pragma once

#include <soci/session.h>

#include <string>
#include <vector>

#include "appointments/appointment_repository.hpp"

namespace medimeet::appointments {

// The appointments use cases other modules rely on. Each runs on the caller's session.
class AppointmentService {
 public:
  // True when the doctor has (or had) an appointment with the patient, whatever its status.
  bool have_met(soci::session& sql, const std::string& doctor_id,
                const std::string& patient_id) const;
  // The times the given doctors are booked within [from, to).
  std::vector<TakenTime> taken(soci::session& sql, const std::vector<std::string>& doctor_ids,
                               TimePoint from, TimePoint to) const;

 private:
  AppointmentRepository appointments_;
};

}  // namespace medimeet::appointments
