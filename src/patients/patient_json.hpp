#pragma once

#include <boost/json/object.hpp>

#include <string_view>

#include "patients/patient_service.hpp"

namespace medimeet::patients {

// The Patients document as the API returns it, with the user's name.
boost::json::object patient_to_json(const Patient& patient);

// The body of PATCH /api/v1/patients/me; throws AppError validation_failed naming each bad
// field ("personalInfo.bloodType", "medicalHistory.2.condition").
PatientChanges parse_patient_changes(std::string_view body);

}  // namespace medimeet::patients
