#pragma once

#include "http/router.hpp"
#include "notifications/notification_service.hpp"

namespace medimeet::notifications {

// /api/v1/notifications: the caller's own notifications only.
void add_routes(http::Router& router, NotificationService& notifications);

}  // namespace medimeet::notifications
