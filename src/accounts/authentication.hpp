#pragma once

#include "accounts/account_service.hpp"
#include "http/request.hpp"

namespace medimeet::accounts {

// The caller of an endpoint that needs a login; 401 unauthenticated without a valid token.
CurrentUser require_user(AccountService& accounts, const http::Request& request);

}  // namespace medimeet::accounts
