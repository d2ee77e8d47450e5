#include "notifications/notification_json.hpp"

#include "common/json_output.hpp"

namespace medimeet::notifications {

boost::json::object notification_to_json(const Notification& notification) {
  return {
      {"_id", notification.id},
      {"userId", notification.user_id},
      {"type", to_string(notification.type)},
      {"message", notification.message},
      {"sentAt", nullable(notification.sent_at)},
      {"read", notification.read},
      {"appointmentId", nullable(notification.appointment_id)},
      {"createdAt", format_iso8601(notification.created_at)},
      {"updatedAt", format_iso8601(notification.updated_at)},
  };
}

}  // namespace medimeet::notifications
