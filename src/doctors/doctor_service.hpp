#pragma once

#include <soci/session.h>

#include <string>

#include "common/time.hpp"

namespace medimeet::doctors {

// The Doctors collection's use cases. For now: the empty profile every doctor account gets.
class DoctorService {
 public:
  // Creates the Doctors document sharing the user's _id, inside the caller's transaction.
  void create_profile(soci::session& sql, const std::string& user_id, TimePoint now) const;
};

}  // namespace medimeet::doctors
