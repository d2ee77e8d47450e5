#pragma once

#include "accounts/account_service.hpp"
#include "doctors/doctor_service.hpp"

namespace medimeet::app {

struct DemoLogin {
  std::string email;
  std::string password;
};

struct DemoLogins {
  DemoLogin patient;
  DemoLogin doctor;
};

// On an empty database, creates a few dozen listed doctors across specialties and cities with
// weekly hours, and one demo patient, all through the ordinary services; returns the two demo
// logins. On a database that has accounts already, creates nothing and returns nullopt.
std::optional<DemoLogins> seed_demo_data(accounts::AccountService& accounts,
                                         doctors::DoctorService& doctors);

}  // namespace medimeet::app
