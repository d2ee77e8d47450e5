#pragma once

#include "accounts/account_service.hpp"
#include "booking/booking_events.hpp"
#include "doctors/doctor_service.hpp"
#include "events/event_bus.hpp"
#include "notifications/notification_service.hpp"

namespace medimeet::booking {

// The notifications (in the app, by email, by SMS when the phone is verified) that tell each
// side of an appointment what happened to it: written in the transaction of the change, read
// from the same transaction, so a notice exists exactly when its change does.
class AppointmentNotices {
 public:
  // `change_notice`: until how long before its start a patient can change an appointment online.
  AppointmentNotices(const accounts::AccountService& accounts, const doctors::DoctorService& doctors,
                     const notifications::NotificationService& notifications, std::chrono::seconds change_notice);

  // Booked, moved and canceled appointments notify their parties from now on.
  void subscribe(events::EventBus& events) const;
  // The patient's reminder of a coming appointment.
  void remind(storage::Transaction& sql, const appointments::Appointment& appointment) const;

 private:
  void booked(storage::Transaction& sql, const appointments::Appointment& appointment,
              const doctors::Doctor& doctor, bool moved) const;
  void canceled(storage::Transaction& sql, const appointments::Appointment& appointment,
                const doctors::Doctor& doctor) const;
  // Not paid in time: both parties are told why.
  void canceled_unpaid(storage::Transaction& sql, const appointments::Appointment& appointment,
                       const doctors::Doctor& doctor) const;
  // When the appointment is, in words of `language` and in the doctor's time zone.
  std::string local_time(i18n::Language language, const doctors::Doctor& doctor,
                         const appointments::Appointment& appointment) const;
  // The email's further paragraphs: the visit reason; for the patient of a coming appointment,
  // also what to bring, where the practice is and how to reach it, and until when they can
  // change it online.
  std::vector<std::string> details(soci::session& sql, i18n::Language language,
                                   const appointments::Appointment& appointment, const doctors::Doctor& doctor,
                                   bool for_patient) const;

  const accounts::AccountService& accounts_;
  const doctors::DoctorService& doctors_;
  const notifications::NotificationService& notifications_;
  std::chrono::seconds change_notice_;
};

}  // namespace medimeet::booking
