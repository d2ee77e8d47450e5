#pragma once

#include <soci/session.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "access/caller.hpp"
#include "access/care_relations.hpp"
#include "audit/audit_log.hpp"
#include "common/time.hpp"
#include "patients/patient.hpp"
#include "patients/patient_repository.hpp"
#include "storage/database.hpp"

namespace medimeet::patients {

// What a patient changes in their profile. An outer nullopt leaves a field as it is; for the
// optional fields an inner nullopt clears it. History entries with an empty id are new; the
// list replaces the stored one, so entries left out are removed.
struct PatientChanges {
  std::optional<std::map<std::string, std::string>> personal_info;
  std::optional<std::optional<TimePoint>> date_of_birth;
  std::optional<std::optional<std::string>> gender;
  std::optional<std::optional<std::string>> address;
  std::optional<std::vector<MedicalHistoryEntry>> medical_history;
};

// The Patients collection's use cases. Every read and change of a profile (its medical history
// is medical data) goes to the audit log.
class PatientService {
 public:
  PatientService(storage::Database& database, const Clock& clock, const access::CareRules& care,
                 const audit::AuditLog& audit);

  // Creates the Patients document sharing the user's _id, inside the caller's transaction.
  void create_profile(soci::session& sql, const std::string& user_id, TimePoint now) const;
  // The calling patient's own profile; 404 when there is none.
  Patient get(const access::Caller& patient);
  // The profile as stored, unaudited: for a reader that audits its own read (the data export).
  std::optional<Patient> find(soci::session& sql, const std::string& patient_id) const;
  // Changes the calling patient's profile. 400 validation_failed: dates in the future, history
  // entry ids that are not the patient's.
  Patient update(const access::Caller& patient, const PatientChanges& changes);
  // The patient as seen by `viewer`: themself, or a doctor who has an appointment with them
  // (any status). Anyone else gets 404, as if the patient did not exist.
  Patient get_visible_to(const std::string& patient_id, const access::Caller& viewer);

 private:
  storage::Database& database_;
  const Clock& clock_;
  const access::CareRules& care_;
  const audit::AuditLog& audit_;
  PatientRepository patients_;
};

}  // namespace medimeet::patients
