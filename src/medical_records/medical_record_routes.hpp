#pragma once

#include "http/router.hpp"
#include "medical_records/medical_record_service.hpp"

namespace medimeet::medical_records {

void add_routes(http::Router& router, MedicalRecordService& records);

}  // namespace medimeet::medical_records
