#include "booking/appointment_live_events.hpp"

#include "booking/booking_events.hpp"
#include "booking/booking_json.hpp"

namespace medimeet::booking {
namespace {

template <class Change>
void publish_each(events::EventBus& events, const events::LiveFeed& live, const BookingService& booking) {
  events.subscribe<Change>([&live, &booking](storage::Transaction& sql, const Change& change) {
    const auto& appointment = change.appointment;
    live.publish(sql, {appointment.patient_id, appointment.doctor_id}, "appointment.updated",
                 appointment_to_json(appointment, booking.policy()));
  });
}

}  // namespace

void publish_appointment_changes(events::EventBus& events, const events::LiveFeed& live, const BookingService& booking) {
  publish_each<AppointmentBooked>(events, live, booking);
  publish_each<AppointmentRescheduled>(events, live, booking);
  publish_each<AppointmentCanceled>(events, live, booking);
  publish_each<AppointmentCompleted>(events, live, booking);
  publish_each<AppointmentMissed>(events, live, booking);
}

}  // namespace medimeet::booking
