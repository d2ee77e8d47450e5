#pragma once

#include "common/time.hpp"
#include "kernel/collection.hpp"
#include "patients/patient_repository.hpp"

namespace medimeet::patients {

// The Patients collection for export and import: the seed's fields, each history entry with its
// `_id`. The name, email and phone the API adds are the user's and travel in users.json. An
// imported patient fills the profile their user's import made (its `_id` must be a patient of
// users.json); the original MediMeet's free-text gender is read in English or French.
class PatientsCollection final : public kernel::Collection {
 public:
  explicit PatientsCollection(const Clock& clock) : clock_(clock) {}

  std::string_view name() const override { return "patients"; }
  const ExtendedJsonShape& shape() const override;
  void export_documents(soci::session& sql, const kernel::DocumentWriter& write) const override;
  kernel::DocumentInsert import_document(JsonInput& document, kernel::ImportedIds& ids) override;

 private:
  const Clock& clock_;  // birth and diagnosis dates may not lie ahead of it, as in the API
  PatientRepository patients_;
};

}  // namespace medimeet::patients
