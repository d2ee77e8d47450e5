#pragma once

#include "access/care_relations.hpp"
#include "audit/audit_log.hpp"
#include "files/file_access_rule.hpp"
#include "files/file_service.hpp"
#include "kernel/module.hpp"
#include "medical_records/medical_record_service.hpp"
#include "medical_records/medical_records_collection.hpp"
#include "security/secret_key.hpp"

namespace medimeet::medical_records {

// Medical records kept by doctors, added to and shared by patients. The files their entries
// refer to become readable by whoever may read the record.
class MedicalRecordsModule : public kernel::Module, private files::FileAccessRule {
 public:
  MedicalRecordsModule(kernel::Core core, const access::CareRules& care, const audit::AuditLog& audit,
                       files::FileService& files, const security::SecretKey& master_key);

  MedicalRecordService& service() { return service_; }

  void add_routes(http::Router& router) override;
  void export_personal_data(soci::session& sql, const access::Caller& caller,
                            boost::json::object& document) const override;
  std::vector<kernel::Collection*> collections() override { return {&collection_}; }

 private:
  std::optional<std::string> readable_as_data_of(soci::session& sql, const access::Caller& caller,
                                                 const std::string& file_id) const override {
    return service_.patient_of_readable_file(sql, caller, file_id);
  }

  MedicalRecordService service_;
  MedicalRecordsCollection collection_;
};

}  // namespace medimeet::medical_records
