#pragma once

#include "access/care_relations.hpp"
#include "audit/audit_log.hpp"
#include "kernel/module.hpp"
#include "patients/patient_service.hpp"
#include "patients/patients_collection.hpp"

namespace medimeet::patients {

// Patient profiles: one is created with each patient account.
class PatientsModule : public kernel::Module {
 public:
  PatientsModule(kernel::Core core, const access::CareRules& care, const audit::AuditLog& audit);

  PatientService& service() { return service_; }

  void add_routes(http::Router& router) override;
  void export_personal_data(soci::session& sql, const access::Caller& caller,
                            boost::json::object& document) const override;
  std::vector<kernel::Collection*> collections() override { return {&collection_}; }

 private:
  PatientService service_;
  PatientsCollection collection_;
};

}  // namespace medimeet::patients
