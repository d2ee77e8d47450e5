#include "accounts/authentication.hpp"

#include "common/error.hpp"

namespace medimeet::accounts {

CurrentUser require_user(AccountService& accounts, const http::Request& request) {
  auto token = request.bearer_token();
  if (!token) throw AppError::unauthenticated();
  return accounts.authenticate(*token);
}

CurrentUser require_role(AccountService& accounts, const http::Request& request, Role role) {
  auto current = require_user(accounts, request);
  if (current.user.role != role) {
    throw role == Role::patient
              ? AppError::forbidden("not_a_patient", "Only patients have a patient profile.")
              : AppError::forbidden("not_a_doctor", "Only doctors have a doctor profile.");
  }
  return current;
}

}  // namespace medimeet::accounts
