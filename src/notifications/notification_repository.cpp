#include "notifications/notification_repository.hpp"

#include <soci/soci.h>

#include "common/enum_names.hpp"
#include "storage/database.hpp"
#include "storage/kept_statements.hpp"
#include "storage/optional_binding.hpp"
#include "storage/query.hpp"

namespace medimeet::notifications {

namespace {

constexpr EnumNames<NotificationType, 7> kTypeNames{{{
    {NotificationType::appointment_confirmation, "appointmentConfirmation"},
    {NotificationType::appointment_reminder, "appointmentReminder"},
    {NotificationType::appointment_cancellation, "appointmentCancellation"},
    {NotificationType::appointment_rescheduled, "appointmentRescheduled"},
    {NotificationType::prescription_issued, "prescriptionIssued"},
    {NotificationType::prescription_updated, "prescriptionUpdated"},
    {NotificationType::document_added, "documentAdded"}}}};

constexpr std::string_view kColumns =
    "SELECT id, user_id, type, message, sent_at, read, appointment_id, created_at, updated_at FROM notifications";

}  // namespace

std::string_view to_string(NotificationType type) { return kTypeNames.name(type); }

std::optional<NotificationType> notification_type_from_string(std::string_view text) {
  return kTypeNames.parse(text);
}

void NotificationRepository::insert(soci::session& sql, const Notification& notification) const {
  const std::string type(to_string(notification.type));
  const std::optional<long long> sent_at =
      notification.sent_at ? std::optional(to_epoch_ms(*notification.sent_at)) : std::nullopt;
  const int read = notification.read ? 1 : 0;
  const long long created_at = to_epoch_ms(notification.created_at);
  const long long updated_at = to_epoch_ms(notification.updated_at);
  storage::run(sql, "INSERT INTO notifications (id, user_id, type, message, sent_at, read, appointment_id, "
                    "created_at, updated_at) VALUES (:id, :u, :t, :m, :s, :r, :a, :c, :up)",
               soci::use(notification.id), soci::use(notification.user_id), soci::use(type),
               soci::use(notification.message), soci::use(sent_at), soci::use(read),
               soci::use(notification.appointment_id), soci::use(created_at), soci::use(updated_at));
}

namespace {

// Runs a SELECT of the columns of kColumns, its values bound as `query`'s.
std::vector<Notification> select_notifications(soci::session& sql, const storage::Query& query) {
  std::vector<Notification> result;
  Notification row;
  std::string type;
  std::optional<long long> sent_at;
  int read = 0;
  long long created_at = 0;
  long long updated_at = 0;
  storage::KeptStatement statement(sql, query.text());
  statement->exchange(soci::into(row.id));
  statement->exchange(soci::into(row.user_id));
  statement->exchange(soci::into(type));
  statement->exchange(soci::into(row.message));
  statement->exchange(soci::into(sent_at));
  statement->exchange(soci::into(read));
  statement->exchange(soci::into(row.appointment_id));
  statement->exchange(soci::into(created_at));
  statement->exchange(soci::into(updated_at));
  query.bind_to(*statement);
  if (!statement->execute(true)) return result;
  do {
    row.type = notification_type_from_string(type).value_or(NotificationType::appointment_confirmation);
    row.sent_at = sent_at ? std::optional<TimePoint>(from_epoch_ms(*sent_at)) : std::nullopt;
    row.read = read != 0;
    row.created_at = from_epoch_ms(created_at);
    row.updated_at = from_epoch_ms(updated_at);
    result.push_back(row);
  } while (statement->fetch());
  return result;
}

}  // namespace

std::optional<Notification> NotificationRepository::find(soci::session& sql, const std::string& id) const {
  storage::Query query(kColumns);
  auto found = select_notifications(sql, query.append(" WHERE id = ").bind(id));
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<Notification> NotificationRepository::list(soci::session& sql,
                                                       const std::string& user_id,
                                                       bool unread_only, int limit,
                                                       int offset) const {
  storage::Query query(kColumns);
  query.append(" WHERE user_id = ").bind(user_id);
  if (unread_only) query.append(" AND read = 0");
  query.append(" ORDER BY created_at DESC, id DESC LIMIT " + std::to_string(limit) + " OFFSET " +
               std::to_string(offset));
  return select_notifications(sql, query);
}

long long NotificationRepository::count(soci::session& sql, const std::string& user_id,
                                        bool unread_only) const {
  long long total = 0;
  storage::run(sql, "SELECT COUNT(*) FROM notifications WHERE user_id = :u" +
               std::string(unread_only ? " AND read = 0" : ""),
               soci::use(user_id), soci::into(total));
  return total;
}

bool NotificationRepository::mark_read(soci::session& sql, const std::string& user_id,
                                       const std::string& id, TimePoint now) const {
  const long long updated_at = to_epoch_ms(now);
  int exists = 0;
  const bool found = storage::run(sql, "SELECT 1 FROM notifications WHERE id = :id AND user_id = :u",
                                  soci::use(id), soci::use(user_id), soci::into(exists));
  if (!found) return false;
  storage::run(sql, "UPDATE notifications SET read = 1, updated_at = :n WHERE id = :id AND read = 0",
               soci::use(updated_at), soci::use(id));
  return true;
}

long long NotificationRepository::mark_all_read(soci::session& sql, const std::string& user_id,
                                                TimePoint now) const {
  const long long updated_at = to_epoch_ms(now);
  storage::Query update("UPDATE notifications SET read = 1, updated_at = ");
  update.bind(updated_at).append(" WHERE user_id = ").bind(user_id).append(" AND read = 0");
  return storage::execute_counting_rows(sql, update);
}

}  // namespace medimeet::notifications
