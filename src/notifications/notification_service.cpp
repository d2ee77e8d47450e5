#include "notifications/notification_service.hpp"

#include <algorithm>

#include "common/error.hpp"
#include "common/object_id.hpp"
#include "notifications/email_layout.hpp"

namespace medimeet::notifications {

NotificationService::NotificationService(storage::Database& database, const Clock& clock,
                                         const events::EventBus& events, const OutboxRepository& outbox,
                                         std::string public_url)
    : database_(database), clock_(clock), events_(events), outbox_(outbox), public_url_(std::move(public_url)) {}

std::string NotificationService::notify(storage::Transaction& sql, const Recipient& recipient,
                                        const Notice& notice) const {
  const auto now = clock_.now();
  Notification notification;
  notification.id = new_object_id(now);
  notification.user_id = recipient.user_id;
  notification.type = notice.type;
  notification.message = notice.message;
  notification.appointment_id = notice.appointment_id;
  notification.created_at = notification.updated_at = now;
  notifications_.insert(sql, notification);

  EmailContent email{recipient.name, notice.subject, {notice.message}, std::nullopt, {}};
  email.paragraphs.insert(email.paragraphs.end(), notice.details.begin(), notice.details.end());
  if (notice.link) email.action = EmailAction{notice.link->label, public_url_ + notice.link->path};
  outbox_.enqueue(sql, compose_email(recipient.language, recipient.email, email, notification.id), now);
  if (recipient.phone_verified) {
    outbox_.enqueue(sql, {Channel::sms, recipient.phone, "", notice.message, std::nullopt, std::nullopt}, now);
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

std::optional<Notification> NotificationService::find(soci::session& sql, const std::string& notification_id) const {
  return notifications_.find(sql, notification_id);
}

void NotificationService::import_notification(storage::Transaction& sql, const Notification& notification) const {
  notifications_.insert(sql, notification);
}

std::vector<Notification> NotificationService::all_of(soci::session& sql, const std::string& user_id) const {
  return notifications_.list(sql, user_id, false, static_cast<int>(notifications_.count(sql, user_id, false)), 0);
}

}  // namespace medimeet::notifications
