#pragma once

#include "accounts/account_service.hpp"
#include "http/router.hpp"

namespace medimeet::accounts {

// /api/v1/auth/* and /api/v1/users/me.
void add_routes(http::Router& router, AccountService& accounts);

}  // namespace medimeet::accounts
