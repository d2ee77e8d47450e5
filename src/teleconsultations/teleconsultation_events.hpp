#pragma once

#include <string>

#include "appointments/appointment.hpp"

namespace medimeet::teleconsultations {

// What a video consultation's papers publish, each in the transaction that wrote the change,
// with the consultation's appointment. The notices subscribe to them.

// The doctor wrote the prescription; `rewritten` when it replaced an earlier one.
struct PrescriptionWritten {
  std::string teleconsultation_id;
  appointments::Appointment appointment;
  bool rewritten = false;
};

// `added_by` (the patient or the doctor) attached a document.
struct DocumentAdded {
  std::string teleconsultation_id;
  appointments::Appointment appointment;
  std::string added_by;
};

}  // namespace medimeet::teleconsultations
