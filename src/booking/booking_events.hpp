#pragma once

#include "appointments/appointment.hpp"
#include "common/time.hpp"

namespace medimeet::booking {

// What booking publishes, each in the transaction that wrote the change and with the
// appointment as it now stands. The notices subscribe to them; so will the real-time hub,
// messages and payments.
struct AppointmentBooked {
  appointments::Appointment appointment;
};

struct AppointmentRescheduled {
  appointments::Appointment appointment;
  TimePoint previous_date;
};

// `appointment.canceled_by` says which side canceled, `cancel_reason` why (when given).
struct AppointmentCanceled {
  appointments::Appointment appointment;
};

struct AppointmentCompleted {
  appointments::Appointment appointment;
};

}  // namespace medimeet::booking
