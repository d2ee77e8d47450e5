#pragma once

#include "notifications/notification.hpp"

namespace medimeet::notifications {

// Published in the transaction that wrote the notification (the real-time hub pushes it to the
// user's open pages once that transaction committed).
struct NotificationCreated {
  Notification notification;
};

}  // namespace medimeet::notifications
