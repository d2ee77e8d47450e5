#include "patients/patients_module.hpp"

#include "accounts/account_events.hpp"
#include "patients/patient_routes.hpp"

namespace medimeet::patients {

PatientsModule::PatientsModule(kernel::Core core, const access::CareRules& care)
    : service_(core.database, core.clock, care) {
  core.events.subscribe<accounts::UserRegistered>(
      [this](storage::Transaction& sql, const accounts::UserRegistered& registered) {
        if (registered.role == access::Role::patient) service_.create_profile(sql, registered.user_id, registered.at);
      });
}

void PatientsModule::add_routes(http::Router& router) { patients::add_routes(router, service_); }

}  // namespace medimeet::patients
