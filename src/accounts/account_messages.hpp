#pragma once

#include <string>

#include "accounts/user.hpp"
#include "notifications/outbox.hpp"

namespace medimeet::accounts {

// The texts of the emails and SMS that accounts send.
notifications::OutgoingMessage email_verification_message(const User& user,
                                                          const std::string& link);
notifications::OutgoingMessage password_reset_message(const User& user, const std::string& link);
notifications::OutgoingMessage phone_code_message(const std::string& phone,
                                                  const std::string& code);

}  // namespace medimeet::accounts
