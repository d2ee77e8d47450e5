#include "patients/patient_json.hpp"

#include <algorithm>

#include "accounts/user.hpp"
#include "common/json_input.hpp"
#include "common/json_output.hpp"
#include "common/text.hpp"

namespace medimeet::patients {
namespace {

// A string field limited in length; "" when absent.
std::optional<std::string> bounded_text(JsonInput& input, std::string_view field, std::size_t max) {
  auto text = input.optional_string(field);
  if (text && utf8_length(*text) > max) {
    input.reject(field, "must be at most " + std::to_string(max) + " characters");
    return std::nullopt;
  }
  return text;
}

std::optional<TimePoint> date_field(JsonInput& input, std::string_view field) {
  auto text = input.optional_string(field);
  if (!text) return std::nullopt;
  auto instant = parse_date_or_instant(*text);
  if (!instant) input.reject(field, "must be a date like 1990-05-17");
  return instant;
}

std::map<std::string, std::string> parse_personal_info(JsonInput& parent, boost::json::object object) {
  JsonInput input(std::move(object), parent.path("personalInfo"));
  std::map<std::string, std::string> info;
  for (const auto& field : kPersonalInfoFields) {
    auto value = bounded_text(input, field.name, field.max_length);
    if (!value || value->empty()) continue;
    if (field.name == "bloodType" &&
        std::find(std::begin(kBloodTypes), std::end(kBloodTypes), *value) == std::end(kBloodTypes)) {
      input.reject(field.name, "must be one of A+, A-, B+, B-, AB+, AB-, O+, O-");
      continue;
    }
    if (field.name == "emergencyContactPhone" && !accounts::is_valid_e164(*value)) {
      input.reject(field.name, "must be in international E.164 form, like +33612345678");
      continue;
    }
    info.emplace(field.name, *value);
  }
  parent.absorb(input);
  return info;
}

std::vector<MedicalHistoryEntry> parse_history(JsonInput& parent, const boost::json::array& array) {
  std::vector<MedicalHistoryEntry> history;
  if (array.size() > kMaxHistoryEntries) {
    parent.reject("medicalHistory", "must have at most " + std::to_string(kMaxHistoryEntries) + " entries");
    return history;
  }
  for (std::size_t i = 0; i < array.size(); ++i) {
    const auto path = "medicalHistory." + std::to_string(i);
    if (!array[i].is_object()) {
      parent.reject(path, "must be an object");
      continue;
    }
    JsonInput input(array[i].as_object(), parent.path(path));
    MedicalHistoryEntry entry;
    entry.id = input.optional_string("_id").value_or("");
    entry.condition = trim(input.required_string("condition"));
    if (input.ok() && entry.condition.empty()) input.reject("condition", "must not be empty");
    if (utf8_length(entry.condition) > kMaxConditionLength) {
      input.reject("condition", "must be at most " + std::to_string(kMaxConditionLength) + " characters");
    }
    entry.diagnosis_date = date_field(input, "diagnosisDate");
    entry.notes = bounded_text(input, "notes", kMaxNotesLength).value_or("");
    parent.absorb(input);
    history.push_back(std::move(entry));
  }
  return history;
}

}  // namespace

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
  } else if (input.has("dateOfBirth")) {
    if (auto date = date_field(input, "dateOfBirth")) changes.date_of_birth.emplace(date);
  }
  if (input.is_null("gender")) {
    changes.gender.emplace(std::nullopt);
  } else if (auto gender = input.optional_string("gender")) {
    if (std::find(std::begin(kGenders), std::end(kGenders), *gender) == std::end(kGenders)) {
      input.reject("gender", "must be one of female, male, other, undisclosed");
    } else {
      changes.gender.emplace(*gender);
    }
  }
  if (input.is_null("address")) {
    changes.address.emplace(std::nullopt);
  } else if (auto address = bounded_text(input, "address", kMaxAddressLength)) {
    changes.address.emplace(trim(*address));
  }
  if (input.is_null("medicalHistory")) {
    changes.medical_history.emplace();
  } else if (auto history = input.optional_array("medicalHistory")) {
    changes.medical_history = parse_history(input, *history);
  }
  input.finish();
  return changes;
}

}  // namespace medimeet::patients
