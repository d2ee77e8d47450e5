#pragma once

#include <soci/session.h>

#include <optional>
#include <string>

#include "teleconsultations/teleconsultation.hpp"

namespace medimeet::teleconsultations {

// All SQL of the teleconsultations and teleconsultation_documents tables.
class TeleconsultationRepository {
 public:
  void insert(soci::session& sql, const Teleconsultation& teleconsultation) const;
  // With its documents.
  std::optional<Teleconsultation> find(soci::session& sql, const std::string& id) const;
  std::optional<Teleconsultation> find_by_appointment(soci::session& sql, const std::string& appointment_id) const;
  void touch(soci::session& sql, const std::string& id, TimePoint now) const;
};

}  // namespace medimeet::teleconsultations
