#pragma once

#include "http/router.hpp"
#include "patients/patient_service.hpp"

namespace medimeet::patients {

// /api/v1/patients/me and /api/v1/patients/{id}.
void add_routes(http::Router& router, PatientService& patients);

}  // namespace medimeet::patients
