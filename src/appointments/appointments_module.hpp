#pragma once

#include "access/care_relations.hpp"
#include "appointments/appointment_service.hpp"
#include "kernel/module.hpp"

namespace medimeet::appointments {

// The appointments as other modules read them: the care relations behind every access rule and
// the booked times behind free slots. Its endpoints are booking's.
class AppointmentsModule : public kernel::Module {
 public:
  AppointmentsModule() : care_(service_) {}

  const AppointmentService& service() const { return service_; }
  const access::CareRules& care() const { return care_; }

  void add_routes(http::Router&) override {}

 private:
  AppointmentService service_;
  access::CareRules care_;
};

}  // namespace medimeet::appointments
