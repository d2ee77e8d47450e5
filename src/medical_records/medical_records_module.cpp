#include "medical_records/medical_records_module.hpp"

#include <boost/json/array.hpp>

#include "medical_records/medical_record_json.hpp"
#include "medical_records/medical_record_routes.hpp"

namespace medimeet::medical_records {

MedicalRecordsModule::MedicalRecordsModule(kernel::Core core, const access::CareRules& care,
                                           const audit::AuditLog& audit, files::FileService& files,
                                           const security::SecretKey& master_key)
    : service_(core.database, core.clock, care, audit, files, master_key), collection_(service_, files) {
  files.add_access_rule(*this);
}

void MedicalRecordsModule::add_routes(http::Router& router) { medical_records::add_routes(router, service_); }

void MedicalRecordsModule::export_personal_data(soci::session& sql, const access::Caller& caller,
                                                boost::json::object& document) const {
  // A patient's records are about them; those a doctor keeps are their patients' data, not the
  // doctor's, and stay out of the doctor's export.
  boost::json::array records;
  if (caller.is(access::Role::patient)) {
    for (const auto& record : service_.readable_by(sql, caller)) records.push_back(record_to_json(record));
  }
  document["medicalRecords"] = std::move(records);
}

}  // namespace medimeet::medical_records
