#pragma once

#include <string>

#include "access/role.hpp"
#include "common/time.hpp"

namespace medimeet::accounts {

// Published in the registration's transaction: the patients and doctors modules create the
// account's profile then, so the account never exists without it.
struct UserRegistered {
  std::string user_id;
  access::Role role = access::Role::patient;
  TimePoint at;
};

}  // namespace medimeet::accounts
