#pragma once

#include <soci/session.h>

#include <optional>
#include <string>
#include <vector>

#include "doctors/visit_reason.hpp"

namespace medimeet::doctors {

// All SQL of the visit_reasons table.
class VisitReasonRepository {
 public:
  // Writes every field, archived and updated_at included (a reason moved from another database).
  void insert(soci::session& sql, const VisitReason& reason) const;
  void update(soci::session& sql, const VisitReason& reason) const;
  // The doctor's reason, archived or not; nullopt when the doctor has none with this id.
  std::optional<VisitReason> find(soci::session& sql, const std::string& doctor_id, const std::string& id) const;
  // The doctor's reasons that patients can book, oldest first.
  std::vector<VisitReason> active(soci::session& sql, const std::string& doctor_id) const;
  // All the doctor's reasons, archived ones included, oldest first.
  std::vector<VisitReason> all_of(soci::session& sql, const std::string& doctor_id) const;
};

}  // namespace medimeet::doctors
