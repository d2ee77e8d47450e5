#pragma once

#include "booking/booking_service.hpp"
#include "booking/appointment_calendar.hpp"
#include "http/router.hpp"

namespace medimeet::booking {

// /api/v1/appointments, the doctor's stats and patients, the patient's doctors, and the
// appointments' iCalendar files and feeds.
void add_routes(http::Router& router, BookingService& booking, AppointmentCalendar& calendar);

}  // namespace medimeet::booking
