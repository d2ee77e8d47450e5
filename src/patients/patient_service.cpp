#include "patients/patient_service.hpp"

#include <set>

#include "common/error.hpp"
#include "common/field_problems.hpp"
#include "common/object_id.hpp"

namespace medimeet::patients {

PatientService::PatientService(storage::Database& database, const Clock& clock, const access::CareRules& care,
                               const audit::AuditLog& audit)
    : database_(database), clock_(clock), care_(care), audit_(audit) {}

void PatientService::create_profile(soci::session& sql, const std::string& user_id,
                                    TimePoint now) const {
  patients_.insert(sql, user_id, now);
}

Patient PatientService::get(const access::Caller& patient) {
  return database_.write([&](soci::session& sql) {
    auto found = patients_.find(sql, patient.user_id);
    if (!found) throw AppError::not_found("The patient");
    audit_.record(sql, patient, {"patient.read", "patient", patient.user_id, patient.user_id});
    return *found;
  });
}

std::optional<Patient> PatientService::find(soci::session& sql, const std::string& patient_id) const {
  return patients_.find(sql, patient_id);
}

Patient PatientService::update(const access::Caller& caller, const PatientChanges& changes) {
  const auto now = clock_.now();
  const auto& patient_id = caller.user_id;
  return database_.write([&](soci::session& sql) {
    auto patient = patients_.find(sql, patient_id);
    if (!patient) throw AppError::not_found("The patient");

    FieldErrors errors;
    if (changes.date_of_birth && *changes.date_of_birth && **changes.date_of_birth > now) {
      errors.emplace("dateOfBirth", problems::in_the_future());
    }
    if (changes.medical_history) {
      std::set<std::string> known;
      for (const auto& entry : patient->medical_history) known.insert(entry.id);
      std::set<std::string> seen;
      const auto& entries = *changes.medical_history;
      for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto prefix = "medicalHistory." + std::to_string(i);
        if (!entries[i].id.empty() && (!known.contains(entries[i].id) || !seen.insert(entries[i].id).second)) {
          errors.emplace(prefix + "._id", problems::not_in_medical_history());
        }
        if (entries[i].diagnosis_date && *entries[i].diagnosis_date > now) {
          errors.emplace(prefix + ".diagnosisDate", problems::in_the_future());
        }
      }
    }
    if (!errors.empty()) throw AppError::validation(std::move(errors));

    if (changes.personal_info) patient->personal_info = *changes.personal_info;
    if (changes.date_of_birth) patient->date_of_birth = *changes.date_of_birth;
    if (changes.gender) patient->gender = *changes.gender;
    if (changes.address) patient->address = *changes.address;
    if (changes.medical_history) {
      patient->medical_history = *changes.medical_history;
      for (auto& entry : patient->medical_history) {
        if (entry.id.empty()) entry.id = new_object_id(now);
      }
    }
    patient->updated_at = now;
    patients_.update(sql, *patient);
    audit_.record(sql, caller, {"patient.update", "patient", patient_id, patient_id});
    return *patient;
  });
}

Patient PatientService::get_visible_to(const std::string& patient_id, const access::Caller& viewer) {
  return database_.write([&](soci::session& sql) {
    std::optional<Patient> patient;
    if (care_.may_see_patient(sql, viewer, patient_id)) patient = patients_.find(sql, patient_id);
    if (!patient) throw AppError::not_found("The patient");
    audit_.record(sql, viewer, {"patient.read", "patient", patient_id, patient_id});
    return *patient;
  });
}

}  // namespace medimeet::patients
