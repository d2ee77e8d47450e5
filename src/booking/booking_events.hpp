#pragma once

#include "appointments/appointment.hpp"
#include "common/time.hpp"
#include "doctors/doctor.hpp"

namespace medimeet::booking {

// What booking publishes, each in the transaction that wrote the change, with the appointment
// as it now stands and its doctor. The notices and the live feed subscribe to them; so will
// payments.
struct AppointmentBooked {
  appointments::Appointment appointment;
  doctors::Doctor doctor;
  bool by_practice = false;  // the doctor booked it for the patient, on the phone
};

struct AppointmentRescheduled {
  appointments::Appointment appointment;
  doctors::Doctor doctor;
  TimePoint previous_date;
};

// `appointment.canceled_by` says who canceled ("patient", "doctor", or "system" for a booking
// not paid in time), `cancel_reason` why (when given).
struct AppointmentCanceled {
  appointments::Appointment appointment;
  doctors::Doctor doctor;
};

struct AppointmentCompleted {
  appointments::Appointment appointment;
  doctors::Doctor doctor;
};

// The doctor marked the patient absent (status noShow).
struct AppointmentMissed {
  appointments::Appointment appointment;
  doctors::Doctor doctor;
};

}  // namespace medimeet::booking
