#pragma once

#include "appointments/appointment_service.hpp"
#include "audit/audit_log.hpp"
#include "kernel/module.hpp"
#include "realtime/realtime_module.hpp"
#include "teleconsultations/room_signaling.hpp"
#include "teleconsultations/teleconsultation_service.hpp"

namespace medimeet::teleconsultations {

// Video consultations: the room of each video appointment, created with its booking, and its
// signaling over the event socket.
class TeleconsultationsModule : public kernel::Module {
 public:
  // Takes the room's messages from the event socket of `realtime`.
  TeleconsultationsModule(kernel::Core core, realtime::RealtimeModule& realtime,
                          const appointments::AppointmentService& appointments, const audit::AuditLog& audit,
                          TeleconsultationSettings settings);

  TeleconsultationService& service() { return service_; }

  void add_routes(http::Router& router) override;

 private:
  TeleconsultationService service_;
  RoomSignaling signaling_;
};

}  // namespace medimeet::teleconsultations
