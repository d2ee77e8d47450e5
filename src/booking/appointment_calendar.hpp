#pragma once

#include <string>

#include "access/caller.hpp"
#include "accounts/account_service.hpp"
#include "booking/booking_service.hpp"
#include "i18n/language.hpp"
#include "storage/database.hpp"

namespace medimeet::booking {

// Appointments as iCalendar, for calendar apps: one appointment as a file, and a private feed
// of all of a user's appointments behind a secret URL (only its hash is stored). Canceled
// appointments stay in the feed as STATUS:CANCELLED, so calendar apps remove them.
class AppointmentCalendar {
 public:
  AppointmentCalendar(storage::Database& database, const Clock& clock, const accounts::AccountService& accounts,
                      BookingService& booking, std::string public_url);

  // 404 unless the user is a party to the appointment.
  std::string appointment_file(const access::Caller& caller, const std::string& appointment_id);
  // A new feed URL for the user; the previous one stops working.
  std::string rotate_feed(const access::Caller& caller);
  // The feed behind `secret`; 404 when no feed has it.
  std::string feed(const std::string& secret);

 private:
  // The language the user reads their calendar in.
  i18n::Language language_of(const std::string& user_id);

  storage::Database& database_;
  const Clock& clock_;
  const accounts::AccountService& accounts_;
  BookingService& booking_;
  std::string public_url_;
};

}  // namespace medimeet::booking
