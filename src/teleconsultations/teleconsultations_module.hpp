#pragma once

#include "accounts/account_service.hpp"
#include "appointments/appointment_service.hpp"
#include "audit/audit_log.hpp"
#include "files/file_access_rule.hpp"
#include "files/file_service.hpp"
#include "kernel/module.hpp"
#include "notifications/notification_service.hpp"
#include "realtime/realtime_module.hpp"
#include "teleconsultations/room_signaling.hpp"
#include "teleconsultations/teleconsultation_notices.hpp"
#include "teleconsultations/teleconsultation_service.hpp"
#include "teleconsultations/teleconsultations_collection.hpp"

namespace medimeet::teleconsultations {

// Video consultations: the room of each video appointment, created with its booking, and its
// signaling over the event socket.
class TeleconsultationsModule : public kernel::Module, private files::FileAccessRule {
 public:
  // Takes the room's messages from the event socket of `realtime`.
  TeleconsultationsModule(kernel::Core core, realtime::RealtimeModule& realtime,
                          const appointments::AppointmentService& appointments, const audit::AuditLog& audit,
                          files::FileService& files, const accounts::AccountService& accounts,
                          const doctors::DoctorService& doctors, const patients::PatientService& patients,
                          const notifications::NotificationService& notifications,
                          const security::SecretKey& master_key, TeleconsultationSettings settings);

  TeleconsultationService& service() { return service_; }

  void add_routes(http::Router& router) override;
  std::vector<kernel::Collection*> collections() override { return {&collection_}; }

 private:
  // Either party reads the documents of their teleconsultation.
  std::optional<std::string> readable_as_data_of(soci::session& sql, const access::Caller& caller,
                                                 const std::string& file_id) const override {
    return service_.patient_of_readable_file(sql, caller, file_id);
  }

  TeleconsultationService service_;
  TeleconsultationNotices notices_;
  RoomSignaling signaling_;
  TeleconsultationsCollection collection_;
};

}  // namespace medimeet::teleconsultations
