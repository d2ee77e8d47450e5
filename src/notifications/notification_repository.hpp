#pragma once

#include <soci/session.h>

#include <optional>
#include <string>
#include <vector>

#include "notifications/notification.hpp"

namespace medimeet::notifications {

// All SQL of the notifications table.
class NotificationRepository {
 public:
  // Every field as it is (a new notification's, or an imported one's).
  void insert(soci::session& sql, const Notification& notification) const;
  std::optional<Notification> find(soci::session& sql, const std::string& id) const;
  // The user's notifications, newest first.
  std::vector<Notification> list(soci::session& sql, const std::string& user_id, bool unread_only,
                                 int limit, int offset) const;
  long long count(soci::session& sql, const std::string& user_id, bool unread_only) const;
  // False when the user has no such notification.
  bool mark_read(soci::session& sql, const std::string& user_id, const std::string& id,
                 TimePoint now) const;
  long long mark_all_read(soci::session& sql, const std::string& user_id, TimePoint now) const;
};

}  // namespace medimeet::notifications
