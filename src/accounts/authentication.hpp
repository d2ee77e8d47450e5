#pragma once

#include "accounts/account_service.hpp"
#include "http/request.hpp"

namespace medimeet::accounts {

// The caller of an endpoint that needs a login; 401 unauthenticated without a valid token.
CurrentUser require_user(AccountService& accounts, const http::Request& request);
// The same, for endpoints of one role only: 403 not_a_patient / not_a_doctor for the other.
CurrentUser require_role(AccountService& accounts, const http::Request& request, Role role);

}  // namespace medimeet::accounts
