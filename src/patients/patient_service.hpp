#pragma once

#include <soci/session.h>

#include <string>

#include "common/time.hpp"

namespace medimeet::patients {

// The Patients collection's use cases. For now: the empty profile every patient account gets.
class PatientService {
 public:
  // Creates the Patients document sharing the user's _id, inside the caller's transaction.
  void create_profile(soci::session& sql, const std::string& user_id, TimePoint now) const;
};

}  // namespace medimeet::patients
