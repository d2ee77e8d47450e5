#pragma once

#include "accounts/account_service.hpp"
#include "doctors/doctor_service.hpp"
#include "events/event_bus.hpp"
#include "notifications/notification_service.hpp"
#include "teleconsultations/teleconsultation_events.hpp"

namespace medimeet::teleconsultations {

// The notifications (in the app, by email, by SMS when the phone is verified) that tell a video
// consultation's party what the other one left for them: the patient their prescription, either
// side a new document. Written in the change's transaction. For privacy they say who did what
// and when, never the medication or the file's name, and link to the consultation's page.
class TeleconsultationNotices {
 public:
  TeleconsultationNotices(const accounts::AccountService& accounts, const doctors::DoctorService& doctors,
                          const notifications::NotificationService& notifications);

  // Prescriptions written and documents added notify from now on.
  void subscribe(events::EventBus& events) const;

 private:
  void prescribed(storage::Transaction& sql, const PrescriptionWritten& event) const;
  void document_added(storage::Transaction& sql, const DocumentAdded& event) const;

  const accounts::AccountService& accounts_;
  const doctors::DoctorService& doctors_;
  const notifications::NotificationService& notifications_;
};

}  // namespace medimeet::teleconsultations
