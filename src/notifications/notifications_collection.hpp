#pragma once

#include "kernel/collection.hpp"
#include "notifications/notification_service.hpp"

namespace medimeet::notifications {

// The Notifications collection for export and import: the seed's fields, with the appointment a
// notification is about. Imported notifications are stored as they are: nobody is emailed or
// texted, and no open page is told.
class NotificationsCollection final : public kernel::Collection {
 public:
  explicit NotificationsCollection(const NotificationService& notifications) : notifications_(notifications) {}

  std::string_view name() const override { return "notifications"; }
  const ExtendedJsonShape& shape() const override;
  void export_documents(soci::session& sql, const kernel::DocumentWriter& write) const override;
  kernel::DocumentInsert import_document(JsonInput& document, kernel::ImportedIds& ids) override;

 private:
  const NotificationService& notifications_;
};

}  // namespace medimeet::notifications
