#pragma once

#include "appointments/appointment_service.hpp"
#include "audit/audit_log.hpp"
#include "kernel/module.hpp"
#include "teleconsultations/teleconsultation_service.hpp"

namespace medimeet::teleconsultations {

// Video consultations: the room of each video appointment, created with its booking.
class TeleconsultationsModule : public kernel::Module {
 public:
  TeleconsultationsModule(kernel::Core core, const appointments::AppointmentService& appointments,
                          const audit::AuditLog& audit, TeleconsultationSettings settings);

  TeleconsultationService& service() { return service_; }

  void add_routes(http::Router& router) override;

 private:
  TeleconsultationService service_;
};

}  // namespace medimeet::teleconsultations
