#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/time.hpp"
#include "i18n/language.hpp"

namespace medimeet::notifications {

// The seed's enum, as the API spells it, and additions: `appointmentRescheduled` (a moved
// appointment is not a new confirmation) and what happens to a video consultation's papers.
enum class NotificationType {
  appointment_confirmation,
  appointment_reminder,
  appointment_cancellation,
  appointment_rescheduled,
  prescription_issued,
  prescription_updated,
  document_added,
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

// Who a notification goes to, how to reach them besides the app, and in which language.
struct Recipient {
  std::string user_id;
  std::string name;
  std::string email;
  std::string phone;
  bool phone_verified = false;
  i18n::Language language = i18n::Language::en;
};

// A page of the web app a notice's email links to.
struct NoticeLink {
  std::string label;
  std::string path;  // from the application's public URL: "/appointments/<id>"
};

// What one notification says, already in its recipient's language.
struct Notice {
  NotificationType type = NotificationType::appointment_confirmation;
  std::string subject;               // of the email
  std::string message;               // in the app and by SMS; the email's first paragraph
  std::vector<std::string> details;  // further paragraphs of the email (reason, address, policy)
  std::optional<NoticeLink> link;    // the email's button
  std::optional<std::string> appointment_id;
};

}  // namespace medimeet::notifications
