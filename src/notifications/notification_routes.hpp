#pragma once

#include "accounts/account_service.hpp"
#include "http/router.hpp"
#include "notifications/notification_service.hpp"

namespace medimeet::notifications {

// /api/v1/notifications: the caller's own notifications only.
void add_routes(http::Router& router, accounts::AccountService& accounts,
                NotificationService& notifications);

}  // namespace medimeet::notifications
