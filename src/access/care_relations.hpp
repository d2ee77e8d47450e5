#pragma once

#include <soci/session.h>

#include <string>

#include "access/caller.hpp"

namespace medimeet::access {

// The two sides of an appointment.
struct Parties {
  std::string patient_id;
  std::string doctor_id;
};

// What the appointments module knows about who has met whom; the rules below ask it.
class CareRelations {
 public:
  virtual ~CareRelations() = default;
  // An appointment between them exists, whatever its status.
  virtual bool have_met(soci::session& sql, const std::string& doctor_id,
                        const std::string& patient_id) const = 0;
  // An appointment between them took place (status completed).
  virtual bool have_completed_appointment(soci::session& sql, const std::string& doctor_id,
                                          const std::string& patient_id) const = 0;
};

// The care-relation rules every domain applies: a patient sees only their own data, a doctor
// only that of patients they have appointments with. A refusal is answered as "not found" by
// the caller of these rules, so that nobody learns what exists.
class CareRules {
 public:
  explicit CareRules(const CareRelations& relations) : relations_(relations) {}

  // The caller is the appointment's patient or its doctor.
  static bool is_party(const Caller& caller, const Parties& parties);
  // The caller is the appointment's doctor.
  static bool is_doctor_of(const Caller& caller, const Parties& parties);
  // The patient themself, or a doctor who has (or had) an appointment with them.
  bool may_see_patient(soci::session& sql, const Caller& caller, const std::string& patient_id) const;
  // The doctor and the patient share an appointment, past or upcoming, whatever its status:
  // what writing to each other rests on.
  bool have_met(soci::session& sql, const std::string& doctor_id, const std::string& patient_id) const;
  // The doctor and the patient had an appointment that took place: what a review, a follow-up
  // message or a prescription rests on.
  bool have_completed_appointment(soci::session& sql, const std::string& doctor_id,
                                  const std::string& patient_id) const;

 private:
  const CareRelations& relations_;
};

}  // namespace medimeet::access
