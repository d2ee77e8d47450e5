#include "patients/patients_module.hpp"

#include "accounts/account_events.hpp"
#include "patients/patient_json.hpp"
#include "patients/patient_routes.hpp"

namespace medimeet::patients {

PatientsModule::PatientsModule(kernel::Core core, const access::CareRules& care, const audit::AuditLog& audit)
    : service_(core.database, core.clock, care, audit), collection_(core.clock) {
  core.events.subscribe<accounts::UserRegistered>(
      [this](storage::Transaction& sql, const accounts::UserRegistered& registered) {
        if (registered.role == access::Role::patient) service_.create_profile(sql, registered.user_id, registered.at);
      });
}

void PatientsModule::add_routes(http::Router& router) { patients::add_routes(router, service_); }

void PatientsModule::export_personal_data(soci::session& sql, const access::Caller& caller,
                                          boost::json::object& document) const {
  if (!caller.is(access::Role::patient)) return;
  if (auto patient = service_.find(sql, caller.user_id)) document["profile"] = patient_to_json(*patient);
}

}  // namespace medimeet::patients
