#pragma once

#include "http/router.hpp"
#include "teleconsultations/teleconsultation_service.hpp"

namespace medimeet::teleconsultations {

void add_routes(http::Router& router, TeleconsultationService& teleconsultations);

}  // namespace medimeet::teleconsultations
