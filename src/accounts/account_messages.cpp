#include "accounts/account_messages.hpp"

#include "i18n/message_catalogue.hpp"
#include "notifications/email_layout.hpp"

namespace medimeet::accounts {

using i18n::Message;
using notifications::Channel;
using notifications::OutgoingMessage;

OutgoingMessage email_verification_message(const User& user, const std::string& link) {
  const auto language = user.language;
  return notifications::compose_email(language, user.email,
                                      {user.name,
                                       i18n::text(language, Message::verify_email_subject),
                                       {i18n::text(language, Message::verify_email_body)},
                                       notifications::EmailAction{i18n::text(language, Message::verify_email_action), link},
                                       {i18n::text(language, Message::verify_email_ignore)}});
}

OutgoingMessage password_reset_message(const User& user, const std::string& link) {
  const auto language = user.language;
  return notifications::compose_email(language, user.email,
                                      {user.name,
                                       i18n::text(language, Message::reset_password_subject),
                                       {i18n::text(language, Message::reset_password_body)},
                                       notifications::EmailAction{i18n::text(language, Message::reset_password_action), link},
                                       {i18n::text(language, Message::reset_password_ignore)}});
}

OutgoingMessage invitation_message(const User& user, const std::string& practice, const std::string& link) {
  const auto language = user.language;
  return notifications::compose_email(
      language, user.email,
      {user.name,
       i18n::text(language, Message::invitation_subject),
       {i18n::text(language, Message::invitation_body, {{"practice", practice}})},
       notifications::EmailAction{i18n::text(language, Message::invitation_action), link},
       {i18n::text(language, Message::invitation_ignore)}});
}

OutgoingMessage phone_code_message(const User& user, const std::string& code) {
  return {Channel::sms, user.phone, "", i18n::text(user.language, Message::phone_code_sms, {{"code", code}}),
          std::nullopt, std::nullopt};
}

}  // namespace medimeet::accounts
