#pragma once

#include "accounts/account_service.hpp"
#include "appointments/booking_service.hpp"
#include "appointments/appointment_calendar.hpp"
#include "http/router.hpp"

namespace medimeet::appointments {

// /api/v1/appointments, the doctor's stats and patients, the patient's doctors, and the
// appointments' iCalendar files and feeds.
void add_routes(http::Router& router, accounts::AccountService& accounts, BookingService& booking,
                AppointmentCalendar& calendar);

}  // namespace medimeet::appointments
