#include "booking/appointment_notices.hpp"

#include "common/error.hpp"

namespace medimeet::booking {
namespace {

using appointments::Appointment;
using notifications::NotificationType;

std::string doctor_title(const std::string& name) {
  return name.starts_with("Dr") ? name : "Dr " + name;
}

}  // namespace

AppointmentNotices::AppointmentNotices(const accounts::AccountService& accounts,
                                       const doctors::DoctorService& doctors,
                                       const notifications::NotificationService& notifications)
    : accounts_(accounts), doctors_(doctors), notifications_(notifications) {}

void AppointmentNotices::subscribe(events::EventBus& events) const {
  events.subscribe<AppointmentBooked>([this](storage::Transaction& sql, const AppointmentBooked& event) {
    booked(sql, event.appointment, event.doctor, false);
  });
  events.subscribe<AppointmentRescheduled>(
      [this](storage::Transaction& sql, const AppointmentRescheduled& event) { booked(sql, event.appointment, event.doctor, true); });
  events.subscribe<AppointmentCanceled>(
      [this](storage::Transaction& sql, const AppointmentCanceled& event) { canceled(sql, event.appointment, event.doctor); });
}

notifications::Recipient AppointmentNotices::recipient(soci::session& sql, const std::string& user_id) const {
  const auto user = accounts_.find_user(sql, user_id);
  if (!user) throw AppError::not_found("The user");
  return {user->id, user->email, user->phone, user->phone_verified};
}

std::string AppointmentNotices::local_time(const doctors::Doctor& doctor, const Appointment& appointment) const {
  return doctors_.describe_local_time(doctor, appointment.appointment_date);
}

void AppointmentNotices::booked(storage::Transaction& sql, const Appointment& appointment,
                                const doctors::Doctor& doctor, bool moved) const {
  const auto when = local_time(doctor, appointment);
  const auto title = doctor_title(appointment.doctor_name);
  const auto type = moved ? NotificationType::appointment_rescheduled : NotificationType::appointment_confirmation;
  notifications_.notify(
      sql, recipient(sql, appointment.patient_id), type,
      moved ? "Your MediMeet appointment has moved" : "Your MediMeet appointment is confirmed",
      moved ? "Your appointment with " + title + " has moved to " + when + "."
            : "Your appointment with " + title + " on " + when + " is confirmed.",
      appointment.id);
  notifications_.notify(
      sql, recipient(sql, appointment.doctor_id), type,
      moved ? "An appointment has moved" : "New appointment",
      moved ? "The appointment with " + appointment.patient_name + " has moved to " + when + "."
            : "New appointment with " + appointment.patient_name + " on " + when + ".",
      appointment.id);
}

void AppointmentNotices::canceled(storage::Transaction& sql, const Appointment& appointment,
                                  const doctors::Doctor& doctor) const {
  const auto when = local_time(doctor, appointment);
  const auto because = appointment.cancel_reason ? " Reason: " + *appointment.cancel_reason : std::string();
  // The side that canceled knows; the other is told.
  if (appointment.canceled_by == "patient") {
    notifications_.notify(sql, recipient(sql, appointment.doctor_id), NotificationType::appointment_cancellation,
                          "An appointment was canceled",
                          appointment.patient_name + " canceled the appointment on " + when + "." + because,
                          appointment.id);
  } else {
    notifications_.notify(sql, recipient(sql, appointment.patient_id), NotificationType::appointment_cancellation,
                          "Your MediMeet appointment was canceled",
                          "Your appointment with " + doctor_title(appointment.doctor_name) + " on " + when +
                              " was canceled by the doctor." + because,
                          appointment.id);
  }
}

void AppointmentNotices::remind(storage::Transaction& sql, const Appointment& appointment) const {
  const auto doctor = doctors_.get(sql, appointment.doctor_id);
  notifications_.notify(sql, recipient(sql, appointment.patient_id), NotificationType::appointment_reminder,
                        "Reminder: your MediMeet appointment",
                        "Reminder: your appointment with " + doctor_title(appointment.doctor_name) + " is on " +
                            local_time(doctor, appointment) + ".",
                        appointment.id);
}

}  // namespace medimeet::booking
