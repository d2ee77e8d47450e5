#include "accounts/authentication.hpp"

#include "common/error.hpp"

namespace medimeet::accounts {

CurrentUser require_user(AccountService& accounts, const http::Request& request) {
  auto token = request.bearer_token();
  if (!token) throw AppError::unauthenticated();
  return accounts.authenticate(*token);
}

}  // namespace medimeet::accounts
