#pragma once

#include <string>

#include "accounts/user.hpp"
#include "notifications/outbox.hpp"

namespace medimeet::accounts {

// The emails and SMS that accounts send, in the user's language.
notifications::OutgoingMessage email_verification_message(const User& user,
                                                          const std::string& link);
notifications::OutgoingMessage password_reset_message(const User& user, const std::string& link);
// To a patient the practice booked by phone: who did, and a link to choose their password.
notifications::OutgoingMessage invitation_message(const User& user, const std::string& practice,
                                                  const std::string& link);
// To the user's (new, unverified) phone.
notifications::OutgoingMessage phone_code_message(const User& user, const std::string& code);

}  // namespace medimeet::accounts
