#pragma once

#include <soci/session.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/paging.hpp"
#include "common/time.hpp"
#include "events/event_bus.hpp"
#include "notifications/notification.hpp"
#include "notifications/notification_events.hpp"
#include "notifications/notification_repository.hpp"
#include "notifications/outbox.hpp"
#include "storage/database.hpp"

namespace medimeet::notifications {

struct NotificationPage {
  std::vector<Notification> notifications;
  long long total = 0;
};

// The Notifications collection's use cases. A notification is written with the change that
// causes it, in the caller's transaction, together with its email (and SMS when the phone is
// verified) in the outbox.
class NotificationService {
 public:
  static constexpr int kMaxPageSize = 100;

  // Links in emails start with `public_url`.
  NotificationService(storage::Database& database, const Clock& clock, const events::EventBus& events,
                      const OutboxRepository& outbox, std::string public_url);

  // Creates the notification and queues its email (text and HTML) and SMS, and publishes
  // NotificationCreated; returns its id.
  std::string notify(storage::Transaction& sql, const Recipient& recipient, const Notice& notice) const;

  NotificationPage list(const std::string& user_id, bool unread_only, const PageRequest& paging);
  // The notification with this id, whoever it is for, read on `sql`: for the operator's export.
  std::optional<Notification> find(soci::session& sql, const std::string& notification_id) const;
  // Stores a notification of a data import as it is (the importer checked it): no email, no SMS,
  // nothing published.
  void import_notification(storage::Transaction& sql, const Notification& notification) const;
  // Every notification of the user, newest first: for their data export.
  std::vector<Notification> all_of(soci::session& sql, const std::string& user_id) const;
  long long unread_count(const std::string& user_id);
  // 404 when the user has no such notification.
  void mark_read(const std::string& user_id, const std::string& notification_id);
  long long mark_all_read(const std::string& user_id);

 private:
  storage::Database& database_;
  const Clock& clock_;
  const events::EventBus& events_;
  NotificationRepository notifications_;
  const OutboxRepository& outbox_;
  std::string public_url_;
};

}  // namespace medimeet::notifications
