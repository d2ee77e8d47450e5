#pragma once

#include "access/care_relations.hpp"
#include "kernel/module.hpp"
#include "patients/patient_service.hpp"

namespace medimeet::patients {

// Patient profiles: one is created with each patient account.
class PatientsModule : public kernel::Module {
 public:
  PatientsModule(kernel::Core core, const access::CareRules& care);

  PatientService& service() { return service_; }

  void add_routes(http::Router& router) override;

 private:
  PatientService service_;
};

}  // namespace medimeet::patients
