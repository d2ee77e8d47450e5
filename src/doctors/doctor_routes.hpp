#pragma once

#include "doctors/doctor_service.hpp"
#include "doctors/listing_documents.hpp"
#include "http/router.hpp"

namespace medimeet::doctors {

// /api/v1/doctors/me (profile, time off) and the public /api/v1/doctors search, profiles,
// specialties, popular doctors and free slots (search pages and slots through `listings`).
void add_routes(http::Router& router, DoctorService& doctors, ListingDocuments& listings);

}  // namespace medimeet::doctors
