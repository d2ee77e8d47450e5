#pragma once

#include <optional>
#include <string>
#include <vector>

#include "i18n/language.hpp"
#include "notifications/outbox.hpp"

namespace medimeet::notifications {

// The one link an email asks its reader to follow, shown as a button.
struct EmailAction {
  std::string label;
  std::string url;
};

// What an email says, in the recipient's language already; the layout adds the greeting, the
// button and the signature in that language.
struct EmailContent {
  std::string recipient_name;
  std::string subject;
  std::vector<std::string> paragraphs;  // before the action
  std::optional<EmailAction> action;
  std::vector<std::string> closing;     // after the action
};

// A multipart email: the plain text body and its HTML alternative say the same things.
OutgoingMessage compose_email(i18n::Language language, const std::string& to, const EmailContent& content,
                              const std::optional<std::string>& notification_id = std::nullopt);

}  // namespace medimeet::notifications
