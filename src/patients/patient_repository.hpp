#pragma once

#include <soci/session.h>

#include <optional>
#include <string>

#include "patients/patient.hpp"

namespace medimeet::patients {

// All SQL of the patients table. personalInfo and medicalHistory are stored as JSON text: they
// are always read and written whole, with their patient.
class PatientRepository {
 public:
  void insert(soci::session& sql, const std::string& id, TimePoint now) const;
  std::optional<Patient> find(soci::session& sql, const std::string& id) const;
  void update(soci::session& sql, const Patient& patient) const;
  // Writes the profile as update does, and its created_at: a patient moved from another
  // database into the row their account's import made.
  void restore(soci::session& sql, const Patient& patient) const;
};

}  // namespace medimeet::patients
