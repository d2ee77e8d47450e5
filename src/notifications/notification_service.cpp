#include "notifications/notification_service.hpp"

#include <algorithm>

#include "common/error.hpp"
#include "common/object_id.hpp"

namespace medimeet::notifications {

NotificationService::NotificationService(storage::Database& database, const Clock& clock,
                                         const events::EventBus& events, const OutboxRepository& outbox)
    : database_(database), clock_(clock), events_(events), outbox_(outbox) {}

std::string NotificationService::notify(storage::Transaction& sql, const Recipient& recipient,
                                        NotificationType type, const std::string& subject,
                                        const std::string& message,
                                        const std::optional<std::string>& appointment_id) const {
  const auto now = clock_.now();
  Notification notification;
  notification.id = new_object_id(now);
  notification.user_id = recipient.user_id;
  notification.type = type;
  notification.message = message;
  notification.appointment_id = appointment_id;
  notification.created_at = notification.updated_at = now;
  notifications_.insert(sql, notification);
  outbox_.enqueue(sql,
                  {Channel::email, recipient.email, subject, message + "\n\nMediMeet\n", notification.id},
                  now);
  if (recipient.phone_verified) {
    outbox_.enqueue(sql, {Channel::sms, recipient.phone, "", message, std::nullopt}, now);
  }
  events_.publish(sql, NotificationCreated{notification});
  return notification.id;
}

NotificationPage NotificationService::list(const std::string& user_id, bool unread_only,
                                           const PageRequest& paging) {
  const auto page = paging.within(kMaxPageSize);
  return database_.read([&](soci::session& sql) {
    return NotificationPage{notifications_.list(sql, user_id, unread_only, page.limit, page.offset()),
                            notifications_.count(sql, user_id, unread_only)};
  });
}

long long NotificationService::unread_count(const std::string& user_id) {
  return database_.read([&](soci::session& sql) { return notifications_.count(sql, user_id, true); });
}

void NotificationService::mark_read(const std::string& user_id, const std::string& notification_id) {
  const bool found = database_.write([&](soci::session& sql) {
    return notifications_.mark_read(sql, user_id, notification_id, clock_.now());
  });
  if (!found) throw AppError::not_found("The notification");
}

long long NotificationService::mark_all_read(const std::string& user_id) {
  return database_.write(
      [&](soci::session& sql) { return notifications_.mark_all_read(sql, user_id, clock_.now()); });
}

}  // namespace medimeet::notifications
