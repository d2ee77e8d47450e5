#pragma once

#include <boost/json/object.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "common/json_input.hpp"
#include "patients/patient_service.hpp"

namespace medimeet::patients {

// The Patients document as the API returns it, with the user's name.
boost::json::object patient_to_json(const Patient& patient);

// The body of PATCH /api/v1/patients/me; throws AppError validation_failed naming each bad
// field ("personalInfo.bloodType", "medicalHistory.2.condition").
PatientChanges parse_patient_changes(std::string_view body);

// personalInfo, whose problems `parent` records ("personalInfo.bloodType"): only the keys of
// kPersonalInfoFields, each a string within its length; empty values are left out.
std::map<std::string, std::string> parse_personal_info(JsonInput& parent, boost::json::object object);
// One element of medicalHistory: its `_id` as sent ("" when absent; the caller checks it), a
// condition of 1 to 200 characters, an optional diagnosis date, notes ("" when absent).
std::optional<MedicalHistoryEntry> parse_history_entry(JsonInput& entry);

}  // namespace medimeet::patients
