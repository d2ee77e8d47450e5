#pragma once

#include "accounts/account_service.hpp"
#include "http/router.hpp"
#include "patients/patient_service.hpp"

namespace medimeet::patients {

// /api/v1/patients/me and /api/v1/patients/{id}.
void add_routes(http::Router& router, accounts::AccountService& accounts, PatientService& patients);

}  // namespace medimeet::patients
