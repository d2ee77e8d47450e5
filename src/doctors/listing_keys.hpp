#pragma once

#include <date/date.h>

#include <optional>
#include <string>

#include "doctors/doctor_service.hpp"

namespace medimeet::doctors {

// Names for kept listings: two requests get the same key exactly when they ask the same.
std::string search_key(const DoctorSearch& search);
std::string slots_key(const std::string& doctor_id, std::optional<date::local_days> from,
                      std::optional<date::local_days> to, const std::optional<std::string>& reason_id);

}  // namespace medimeet::doctors
