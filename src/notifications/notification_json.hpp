#pragma once

#include <boost/json/object.hpp>

#include "notifications/notification.hpp"

namespace medimeet::notifications {

// The Notifications document as the API returns it (and the live feed pushes it).
boost::json::object notification_to_json(const Notification& notification);

}  // namespace medimeet::notifications
