#pragma once

#include "booking/booking_service.hpp"
#include "events/event_bus.hpp"
#include "events/live_feed.hpp"

namespace medimeet::booking {

// Sends `appointment.updated`, with the document GET /api/v1/appointments/{id} returns, to both
// parties of every change booking publishes: booked, rescheduled, canceled, completed, missed.
void publish_appointment_changes(events::EventBus& events, const events::LiveFeed& live, const BookingService& booking);

}  // namespace medimeet::booking
