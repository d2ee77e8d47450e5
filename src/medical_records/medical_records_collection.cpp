#include "medical_records/medical_records_collection.hpp"

#include <boost/json/array.hpp>

#include <set>
#include <tuple>
#include <vector>

#include "accounts/users_collection.hpp"
#include "common/error.hpp"
#include "common/field_problems.hpp"
#include "common/object_id.hpp"
#include "files/file_json.hpp"
#include "medical_records/medical_record_json.hpp"
#include "storage/query.hpp"

namespace medimeet::medical_records {
namespace {

constexpr std::string_view kDateExample = "2026-11-30";
// The service sets no limit on either; these only keep one document's line within reason.
constexpr std::size_t kMaxEntries = 10000;
constexpr std::size_t kMaxShares = 1000;
// Entry ids are unique across records, as the table's key.
constexpr std::string_view kEntryIds = "medicalrecords.records";

// An imported attachment: its file, and the field to name when the file store refuses it.
struct ImportedAttachment {
  std::string field;
  files::StoredFile file;
};

struct ImportedEntry {
  Entry entry;
  std::vector<ImportedAttachment> attachments;
};

// The API's entry, its attachments described with their digest.
boost::json::object entry_to_document(const Entry& entry) {
  auto document = entry_to_json(entry);
  boost::json::array attachments;
  for (const auto& file : entry.attachments) {
    attachments.push_back(files::file_description_to_json(file.id, file.name, file.media_type, file.size, file.sha256));
  }
  document["attachments"] = std::move(attachments);
  return document;
}

boost::json::object to_document(const MedicalRecord& record) {
  boost::json::array entries;
  for (const auto& entry : record.entries) entries.push_back(entry_to_document(entry));
  boost::json::array shared_with;
  for (const auto& share : record.shared_with) {
    shared_with.push_back({{"doctorId", share.doctor.id}, {"sharedAt", format_iso8601(share.shared_at)}});
  }
  const auto& head = record.head;
  return {{"_id", head.id},
          {"patientId", head.patient_id},
          {"doctorId", head.doctor_id},
          {"records", std::move(entries)},
          {"sharedWith", std::move(shared_with)},
          {"createdAt", format_iso8601(head.created_at)},
          {"updatedAt", format_iso8601(head.updated_at)}};
}

// One element of `records`. The original MediMeet's have no _id when its schema gave them none
// (one is made), no timestamps (those of their _id, as Mongoose makes it, else the record's) and
// no author (the record's doctor).
std::optional<ImportedEntry> read_entry(JsonInput& element, const RecordHead& head, kernel::ImportedIds& ids) {
  ImportedEntry imported;
  auto& entry = imported.entry;
  if (element.has("_id")) {
    entry.id = kernel::read_document_id(element, kEntryIds, ids);
    std::tie(entry.created_at, entry.updated_at) = kernel::read_timestamps(element, entry.id);
  } else {
    entry.created_at = element.optional_instant("createdAt", kernel::kInstantExample).value_or(head.created_at);
    entry.updated_at = element.optional_instant("updatedAt", kernel::kInstantExample).value_or(entry.created_at);
    entry.id = new_object_id(entry.created_at);
    ids.add(kEntryIds, entry.id);
  }

  if (!element.has("date")) element.reject("date", problems::required());
  if (auto date = element.optional_date("date", kDateExample)) entry.date = *date;
  // The original MediMeet did not require a description: an entry may be its attachments alone.
  entry.description = element.optional_blank_prose("description", MedicalRecordService::kMaxDescription);

  const auto author = element.optional_string("author").value_or("doctor");
  if (author == "patient") {
    entry.author = Author::patient;
  } else if (author != "doctor") {
    element.reject("author", problems::one_of("doctor, patient", "must be \"doctor\" or \"patient\""));
  }
  // Only the record's doctor and its patient write in it.
  const auto& writer = entry.author == Author::patient ? head.patient_id : head.doctor_id;
  entry.author_id = element.optional_string("authorId").value_or(writer);
  if (!is_object_id(entry.author_id)) {
    if (element.has("authorId")) element.reject("authorId", problems::not_an_id());
  } else if (!writer.empty() && entry.author_id != writer) {
    element.reject("authorId", FieldProblem("not_the_author", "must be the record's doctor when author is \"doctor\", "
                                                              "its patient when author is \"patient\""));
  }

  files::read_imported_files(
      element, "attachments", MedicalRecordService::kMaxAttachments, entry.created_at,
      [&](std::size_t index, std::optional<files::StoredFile> file, JsonInput*) {
        if (!file) return;
        file->created_at = entry.created_at;
        entry.attachments.push_back({file->id, file->name, file->media_type, file->size, file->sha256});
        imported.attachments.push_back({element.path("attachments." + std::to_string(index)), std::move(*file)});
      });
  if (!element.ok()) return std::nullopt;
  return imported;
}

}  // namespace

const ExtendedJsonShape& MedicalRecordsCollection::shape() const {
  static const ExtendedJsonShape shape{
      {"_id", "patientId", "doctorId", "records._id", "records.authorId", "records.attachments._id",
       "sharedWith.doctorId"},
      {"records.date", "records.createdAt", "records.updatedAt", "sharedWith.sharedAt", "createdAt", "updatedAt"}};
  return shape;
}

void MedicalRecordsCollection::export_documents(soci::session& sql, const kernel::DocumentWriter& write) const {
  storage::for_each_id(sql, "medical_records", [&](const std::string& id) {
    if (auto record = records_.find_whole(sql, id)) write(to_document(*record));
  });
}

kernel::DocumentInsert MedicalRecordsCollection::import_document(JsonInput& document, kernel::ImportedIds& ids) {
  MedicalRecord record;
  auto& head = record.head;
  head.id = kernel::read_document_id(document, name(), ids);
  head.patient_id =
      kernel::read_reference(document, "patientId", accounts::users_with_role(accounts::Role::patient), ids);
  head.doctor_id = kernel::read_reference(document, "doctorId", accounts::users_with_role(accounts::Role::doctor), ids);
  if (!head.patient_id.empty() && !head.doctor_id.empty() &&
      !ids.add("medicalrecords.patientAndDoctor", head.patient_id + "/" + head.doctor_id)) {
    document.reject("doctorId", FieldProblem("duplicate_record", "keeps a record of this patient in an earlier "
                                                                 "document: one record per patient and doctor"));
  }
  std::tie(head.created_at, head.updated_at) = kernel::read_timestamps(document, head.id);

  std::vector<ImportedEntry> entries;
  if (auto read = document.object_array("records", kMaxEntries, "entries",
                                        [&](JsonInput& element) { return read_entry(element, head, ids); })) {
    entries = std::move(*read);
  }
  for (const auto& imported : entries) record.entries.push_back(imported.entry);

  std::set<std::string> shared;
  const auto read_share = [&](JsonInput& element) -> std::optional<Share> {
    Share share;
    share.doctor.id =
        kernel::read_reference(element, "doctorId", accounts::users_with_role(accounts::Role::doctor), ids);
    if (!share.doctor.id.empty() && share.doctor.id == head.doctor_id) {
      element.reject("doctorId", problems::record_doctor());
    } else if (!share.doctor.id.empty() && !shared.insert(share.doctor.id).second) {
      element.reject("doctorId", FieldProblem("duplicate_share", "is a doctor listed before"));
    }
    share.shared_at = element.optional_instant("sharedAt", kernel::kInstantExample).value_or(head.created_at);
    if (!element.ok()) return std::nullopt;
    return share;
  };
  if (auto shares = document.object_array("sharedWith", kMaxShares, "doctors", read_share)) {
    record.shared_with = std::move(*shares);
  }

  return [this, record, entries](storage::Transaction& transaction) {
    for (const auto& imported : entries) {
      for (const auto& attachment : imported.attachments) {
        if (!files_.import_description(transaction, imported.entry.author_id, attachment.file)) {
          throw AppError::field(attachment.field, files::conflicting_file_description());
        }
      }
    }
    records_.import_record(transaction, record);
  };
}

}  // namespace medimeet::medical_records
