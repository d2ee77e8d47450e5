#include "access/care_relations.hpp"

namespace medimeet::access {

bool CareRules::is_party(const Caller& caller, const Parties& parties) {
  return caller.user_id == parties.patient_id || caller.user_id == parties.doctor_id;
}

bool CareRules::is_doctor_of(const Caller& caller, const Parties& parties) {
  return caller.is(Role::doctor) && caller.user_id == parties.doctor_id;
}

bool CareRules::may_see_patient(soci::session& sql, const Caller& caller,
                                const std::string& patient_id) const {
  if (caller.user_id == patient_id) return true;
  return caller.is(Role::doctor) && relations_.have_met(sql, caller.user_id, patient_id);
}

bool CareRules::have_met(soci::session& sql, const std::string& doctor_id, const std::string& patient_id) const {
  return relations_.have_met(sql, doctor_id, patient_id);
}

bool CareRules::have_completed_appointment(soci::session& sql, const std::string& doctor_id,
                                           const std::string& patient_id) const {
  return relations_.have_completed_appointment(sql, doctor_id, patient_id);
}

}  // namespace medimeet::access
