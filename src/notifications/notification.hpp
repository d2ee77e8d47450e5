#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/time.hpp"

namespace medimeet::notifications {

// The seed's enum, as the API spells it, and `appointmentRescheduled` (added: a moved
// appointment is not a new confirmation).
enum class NotificationType {
  appointment_confirmation,
  appointment_reminder,
  appointment_cancellation,
  appointment_rescheduled,
};

std::string_view to_string(NotificationType type);
std::optional<NotificationType> notification_type_from_string(std::string_view text);

// A document of the Notifications collection.
struct Notification {
  std::string id;
  std::string user_id;
  NotificationType type = NotificationType::appointment_confirmation;
  std::string message;
  std::optional<TimePoint> sent_at;  // when its email was delivered
  bool read = false;
  std::optional<std::string> appointment_id;
  TimePoint created_at;
  TimePoint updated_at;
};

// Who a notification goes to, and how to reach them besides the app.
struct Recipient {
  std::string user_id;
  std::string email;
  std::string phone;
  bool phone_verified = false;
};

}  // namespace medimeet::notifications
