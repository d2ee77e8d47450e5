#pragma once

#include "files/file_service.hpp"
#include "kernel/collection.hpp"
#include "medical_records/medical_record_service.hpp"

namespace medimeet::medical_records {

// The MedicalRecords collection for export and import: the seed's fields, each entry of `records`
// with the additions _id, author, authorId, createdAt and updatedAt, its description opened and
// its `attachments` as file descriptions {_id, name, type, size, sha256} without content; and
// the addition `sharedWith` [{doctorId, sharedAt}]. Imports the original MediMeet's entries (no
// _id, no author: the record's doctor wrote them) and attachments (paths or URLs: files without
// content, the author's).
class MedicalRecordsCollection final : public kernel::Collection {
 public:
  MedicalRecordsCollection(const MedicalRecordService& records, const files::FileService& files)
      : records_(records), files_(files) {}

  std::string_view name() const override { return "medicalrecords"; }
  const ExtendedJsonShape& shape() const override;
  void export_documents(soci::session& sql, const kernel::DocumentWriter& write) const override;
  kernel::DocumentInsert import_document(JsonInput& document, kernel::ImportedIds& ids) override;

 private:
  const MedicalRecordService& records_;
  const files::FileService& files_;
};

}  // namespace medimeet::medical_records
