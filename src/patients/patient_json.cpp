#include "patients/patient_json.hpp"

#include <algorithm>

#include "accounts/user.hpp"
#include "common/field_problems.hpp"
#include "common/json_input.hpp"
#include "common/json_output.hpp"
#include "common/text.hpp"

namespace medimeet::patients {

std::map<std::string, std::string> parse_personal_info(JsonInput& parent, boost::json::object object) {
  JsonInput input(std::move(object), parent.path("personalInfo"));
  std::map<std::string, std::string> info;
  for (const auto& field : kPersonalInfoFields) {
    auto value = input.optional_text(field.name, field.max_length);
    if (!value || value->empty()) continue;
    if (field.name == "bloodType" &&
        std::find(std::begin(kBloodTypes), std::end(kBloodTypes), *value) == std::end(kBloodTypes)) {
      input.reject(field.name, problems::one_of("A+, A-, B+, B-, AB+, AB-, O+, O-"));
      continue;
    }
    if (field.name == "emergencyContactPhone" && !accounts::is_valid_e164(*value)) {
      input.reject(field.name, problems::invalid_phone());
      continue;
    }
    info.emplace(field.name, *value);
  }
  parent.absorb(input);
  return info;
}

std::optional<MedicalHistoryEntry> parse_history_entry(JsonInput& input) {
  MedicalHistoryEntry entry;
  entry.id = input.optional_string("_id").value_or("");
  entry.condition = trim(input.required_string("condition"));
  if (input.ok() && entry.condition.empty()) input.reject("condition", problems::empty());
  if (utf8_length(entry.condition) > kMaxConditionLength) {
    input.reject("condition", problems::too_long(kMaxConditionLength));
  }
  entry.diagnosis_date = input.optional_date("diagnosisDate", "1990-05-17");
  entry.notes = input.optional_text("notes", kMaxNotesLength).value_or("");
  return entry;
}

boost::json::object patient_to_json(const Patient& patient) {
  boost::json::object personal_info;
  for (const auto& [key, value] : patient.personal_info) personal_info[key] = value;
  boost::json::array history;
  for (const auto& entry : patient.medical_history) {
    history.push_back(boost::json::object{{"_id", entry.id},
                                          {"condition", entry.condition},
                                          {"diagnosisDate", nullable(entry.diagnosis_date)},
                                          {"notes", entry.notes}});
  }
  return {
      {"_id", patient.id},
      {"name", patient.name},
      {"email", patient.email},
      {"phone", patient.phone},
      {"personalInfo", std::move(personal_info)},
      {"dateOfBirth", nullable(patient.date_of_birth)},
      {"gender", nullable(patient.gender)},
      {"address", nullable(patient.address)},
      {"medicalHistory", std::move(history)},
      {"createdAt", format_iso8601(patient.created_at)},
      {"updatedAt", format_iso8601(patient.updated_at)},
  };
}

PatientChanges parse_patient_changes(std::string_view body) {
  auto input = JsonInput::parse(body);
  PatientChanges changes;
  if (input.is_null("personalInfo")) {
    changes.personal_info.emplace();
  } else if (auto info = input.optional_object("personalInfo")) {
    changes.personal_info = parse_personal_info(input, std::move(*info));
  }
  if (input.is_null("dateOfBirth")) {
    changes.date_of_birth.emplace(std::nullopt);
  } else if (auto date = input.optional_date("dateOfBirth", "1990-05-17")) {
    changes.date_of_birth.emplace(date);
  }
  if (input.is_null("gender")) {
    changes.gender.emplace(std::nullopt);
  } else if (auto gender = input.optional_string("gender")) {
    if (std::find(std::begin(kGenders), std::end(kGenders), *gender) == std::end(kGenders)) {
      input.reject("gender", problems::one_of("female, male, other, undisclosed"));
    } else {
      changes.gender.emplace(*gender);
    }
  }
  changes.address = input.patch_text("address", 0, kMaxAddressLength);
  if (input.is_null("medicalHistory")) {
    changes.medical_history.emplace();
  } else {
    changes.medical_history =
        input.object_array("medicalHistory", kMaxHistoryEntries, "entries", parse_history_entry);
  }
  input.finish();
  return changes;
}

}  // namespace medimeet::patients
