#include "accounts/account_messages.hpp"

namespace medimeet::accounts {

using notifications::Channel;
using notifications::OutgoingMessage;

OutgoingMessage email_verification_message(const User& user, const std::string& link) {
  return {Channel::email, user.email, "Confirm your email address for MediMeet",
          "Hello " + user.name + ",\n\n"
          "Please confirm your email address by opening this link within 24 hours:\n\n" +
              link +
              "\n\nIf you did not create a MediMeet account, you can ignore this email.\n\n"
              "MediMeet\n"};
}

OutgoingMessage password_reset_message(const User& user, const std::string& link) {
  return {Channel::email, user.email, "Reset your MediMeet password",
          "Hello " + user.name + ",\n\n"
          "Someone asked to reset the password of your MediMeet account. To choose a new "
          "password, open this link within one hour:\n\n" +
              link +
              "\n\nThe link works once. If you did not ask for it, ignore this email: your "
              "password stays as it is.\n\nMediMeet\n"};
}

OutgoingMessage phone_code_message(const std::string& phone, const std::string& code) {
  return {Channel::sms, phone, "",
          "Your MediMeet verification code is " + code + ". It expires in 10 minutes."};
}

}  // namespace medimeet::accounts
