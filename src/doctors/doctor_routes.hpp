#pragma once

#include "doctors/doctor_service.hpp"
#include "http/router.hpp"

namespace medimeet::doctors {

// /api/v1/doctors/me (profile, time off) and the public /api/v1/doctors search, profiles,
// specialties, popular doctors and free slots.
void add_routes(http::Router& router, DoctorService& doctors);

}  // namespace medimeet::doctors
