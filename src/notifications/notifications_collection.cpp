#include "notifications/notifications_collection.hpp"

#include <cstddef>

#include "common/field_problems.hpp"
#include "common/text.hpp"
#include "notifications/notification_json.hpp"
#include "storage/query.hpp"

namespace medimeet::notifications {
namespace {

// Ours are a sentence or two; the bound keeps an SMS-sized text from being a document.
constexpr std::size_t kMaxMessage = 2000;

}  // namespace

const ExtendedJsonShape& NotificationsCollection::shape() const {
  static const ExtendedJsonShape shape{{"_id", "userId", "appointmentId"}, {"sentAt", "createdAt", "updatedAt"}};
  return shape;
}

void NotificationsCollection::export_documents(soci::session& sql, const kernel::DocumentWriter& write) const {
  storage::for_each_id(sql, "notifications", [&](const std::string& id) {
    if (auto notification = notifications_.find(sql, id)) write(notification_to_json(*notification));
  });
}

kernel::DocumentInsert NotificationsCollection::import_document(JsonInput& document, kernel::ImportedIds& ids) {
  Notification notification;
  notification.id = kernel::read_document_id(document, name(), ids);
  notification.user_id = kernel::read_reference(document, "userId", "users", ids);
  const auto type = document.required_string("type");
  if (auto known = notification_type_from_string(type)) {
    notification.type = *known;
  } else if (document.has("type")) {
    document.reject("type", problems::one_of("appointmentConfirmation, appointmentReminder, appointmentCancellation, "
                                             "appointmentRescheduled, prescriptionIssued, prescriptionUpdated, "
                                             "documentAdded"));
  }
  // Kept as written, not trimmed: what was shown is what is restored.
  notification.message = document.required_string("message");
  if (document.has("message") && trim(notification.message).empty()) {
    document.reject("message", problems::empty());
  } else if (utf8_length(notification.message) > kMaxMessage) {
    document.reject("message", problems::too_long(kMaxMessage));
  }
  notification.sent_at = document.optional_instant("sentAt", kernel::kInstantExample);
  notification.read = document.optional_bool("read").value_or(false);
  notification.appointment_id = kernel::read_optional_reference(document, "appointmentId", "appointments", ids);
  std::tie(notification.created_at, notification.updated_at) = kernel::read_timestamps(document, notification.id);
  return [this, notification](storage::Transaction& sql) { notifications_.import_notification(sql, notification); };
}

}  // namespace medimeet::notifications
