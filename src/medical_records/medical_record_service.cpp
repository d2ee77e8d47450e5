#include "medical_records/medical_record_service.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <set>

#include "common/error.hpp"
#include "common/field_problems.hpp"
#include "common/object_id.hpp"
#include "security/base64.hpp"

namespace medimeet::medical_records {
namespace {

// A date is "today" somewhere on Earth up to 14 hours ahead of UTC: an entry dated today in
// Nouméa or Paris is not in the future.
constexpr auto kLatestTimeZoneAhead = std::chrono::hours(14);

std::string entry_context(const std::string& entry_id) { return "medical-record-entry:" + entry_id; }

AppError not_found() { return AppError::not_found("The medical record"); }

AppError not_found_entry() { return AppError::not_found("The entry"); }

// Each file once, in the order given.
std::vector<std::string> without_repeats(const std::vector<std::string>& ids) {
  std::vector<std::string> kept;
  std::set<std::string> seen;
  for (const auto& id : ids) {
    if (seen.insert(id).second) kept.push_back(id);
  }
  return kept;
}

}  // namespace

MedicalRecordService::MedicalRecordService(storage::Database& database, const Clock& clock,
                                           const access::CareRules& care, const audit::AuditLog& audit,
                                           const files::FileService& files, security::SecretKey master_key)
    : database_(database),
      clock_(clock),
      care_(care),
      audit_(audit),
      files_(files),
      master_key_(std::move(master_key)) {}

MedicalRecordService::Standing MedicalRecordService::standing_of(soci::session& sql, const access::Caller& caller,
                                                                 const RecordHead& head) const {
  if (caller.user_id == head.doctor_id) return Standing::keeper;
  if (caller.user_id == head.patient_id) return Standing::patient;
  if (caller.is(access::Role::doctor) && records_.is_shared_with(sql, head.id, caller.user_id)) return Standing::reader;
  return Standing::none;
}

std::pair<RecordHead, MedicalRecordService::Standing> MedicalRecordService::readable(
    soci::session& sql, const access::Caller& caller, const std::string& record_id) const {
  auto head = records_.find(sql, record_id);
  if (!head) throw not_found();
  const auto standing = standing_of(sql, caller, *head);
  if (standing == Standing::none) throw not_found();
  return {*head, standing};
}

MedicalRecord MedicalRecordService::load(soci::session& sql, const RecordHead& head, Standing standing) const {
  MedicalRecord record{head, records_.person(sql, head.patient_id), records_.person(sql, head.doctor_id), {}, {}};
  if (head.id.empty()) return record;
  for (auto& row : records_.entries(sql, head.id)) {
    try {
      row.entry.description = security::open_sealed(master_key_, security::from_base64(row.sealed_description),
                                                    entry_context(row.entry.id));
    } catch (const std::exception& error) {
      spdlog::error("medical record entry {} does not open and was not served: {}", row.entry.id, error.what());
      throw AppError(ErrorKind::internal, "record_damaged",
                     "This medical record is damaged and cannot be shown; the incident is logged.");
    }
    record.entries.push_back(std::move(row.entry));
  }
  // Whom a record is shared with is the patient's and the keeper's business.
  if (standing != Standing::reader) record.shared_with = records_.shares(sql, head.id);
  return record;
}

RecordPage MedicalRecordService::list(const access::Caller& caller, const std::optional<std::string>& patient_id,
                                      const PageRequest& paging) {
  return database_.write([&](soci::session& sql) {
    RecordPage page;
    page.total = records_.count_visible_to(sql, caller, patient_id);
    for (const auto& head : records_.visible_to(sql, caller, patient_id, paging.limit, paging.offset())) {
      page.records.push_back(load(sql, head, standing_of(sql, caller, head)));
      audit_.record(sql, caller, {"record.read", "medicalRecord", head.id, head.patient_id});
    }
    return page;
  });
}

MedicalRecord MedicalRecordService::get(const access::Caller& caller, const std::string& record_id) {
  return database_.write([&](soci::session& sql) {
    const auto [head, standing] = readable(sql, caller, record_id);
    auto record = load(sql, head, standing);
    audit_.record(sql, caller, {"record.read", "medicalRecord", head.id, head.patient_id});
    return record;
  });
}

MedicalRecord MedicalRecordService::of_patient(const access::Caller& doctor, const std::string& patient_id) {
  return database_.write([&](soci::session& sql) {
    if (!care_.have_met(sql, doctor.user_id, patient_id)) throw not_found();
    auto head = records_.find_of(sql, patient_id, doctor.user_id);
    if (!head) return load(sql, RecordHead{"", patient_id, doctor.user_id, {}, {}}, Standing::keeper);
    auto record = load(sql, *head, Standing::keeper);
    audit_.record(sql, doctor, {"record.read", "medicalRecord", head->id, patient_id});
    return record;
  });
}

void MedicalRecordService::check_date(TimePoint date, TimePoint now) const {
  if (date > now + kLatestTimeZoneAhead) {
    FieldErrors errors;
    errors.emplace("date", problems::in_the_future());
    throw AppError::validation(std::move(errors));
  }
}

std::vector<std::string> MedicalRecordService::replace_attachments(soci::session& sql, const access::Caller& caller,
                                                                   const std::vector<std::string>& current,
                                                                   const std::vector<std::string>& wanted) const {
  auto kept = without_repeats(wanted);
  for (const auto& id : kept) {
    if (std::find(current.begin(), current.end(), id) == current.end()) files_.attach(sql, caller, id);
  }
  for (const auto& id : current) {
    if (std::find(kept.begin(), kept.end(), id) == kept.end()) files_.detach(sql, id);
  }
  return kept;
}

MedicalRecord MedicalRecordService::write_entry(soci::session& sql, const access::Caller& caller,
                                                const RecordHead& head, Author author, const EntryDraft& draft,
                                                TimePoint now) {
  EntryRow row;
  row.entry.id = new_object_id(now);
  row.entry.author = author;
  row.entry.author_id = caller.user_id;
  row.entry.date = draft.date;
  row.entry.created_at = now;
  row.entry.updated_at = now;
  row.sealed_description = seal_description(row.entry.id, draft.description);
  records_.insert_entry(sql, head.id, row);
  records_.set_attachments(sql, row.entry.id, replace_attachments(sql, caller, {}, draft.attachments));
  records_.touch(sql, head.id, now);
  audit_.record(sql, caller, {"entry.create", "entry", row.entry.id, head.patient_id});
  auto updated = head;
  updated.updated_at = now;
  return load(sql, updated, author == Author::doctor ? Standing::keeper : Standing::patient);
}

MedicalRecord MedicalRecordService::add_entry_for_patient(const access::Caller& doctor, const std::string& patient_id,
                                                          const EntryDraft& draft) {
  const auto now = clock_.now();
  return database_.write([&](soci::session& sql) {
    if (!care_.have_met(sql, doctor.user_id, patient_id)) throw not_found();
    check_date(draft.date, now);
    const auto head = records_.find_or_create(sql, patient_id, doctor.user_id, new_object_id(now), now);
    return write_entry(sql, doctor, head, Author::doctor, draft, now);
  });
}

MedicalRecord MedicalRecordService::add_entry(const access::Caller& caller, const std::string& record_id,
                                              const EntryDraft& draft) {
  const auto now = clock_.now();
  return database_.write([&](soci::session& sql) {
    const auto [head, standing] = readable(sql, caller, record_id);
    if (standing == Standing::reader) {
      throw AppError::forbidden("read_only_record",
                                "This record was shared with you to read; only its doctor and its patient add to it.");
    }
    check_date(draft.date, now);
    return write_entry(sql, caller, head, standing == Standing::keeper ? Author::doctor : Author::patient, draft, now);
  });
}

MedicalRecord MedicalRecordService::update_entry(const access::Caller& caller, const std::string& record_id,
                                                 const std::string& entry_id, const EntryChanges& changes) {
  const auto now = clock_.now();
  return database_.write([&](soci::session& sql) {
    const auto [head, standing] = readable(sql, caller, record_id);
    auto row = records_.find_entry(sql, record_id, entry_id);
    if (!row) throw not_found_entry();
    if (row->entry.author_id != caller.user_id) {
      throw AppError::forbidden("not_entry_author", "Only the author of an entry changes it.");
    }
    if (changes.date) {
      check_date(*changes.date, now);
      row->entry.date = *changes.date;
    }
    if (changes.description) {
      row->sealed_description = seal_description(entry_id, *changes.description);
    }
    if (changes.attachments) {
      std::vector<std::string> current;
      for (const auto& attachment : row->entry.attachments) current.push_back(attachment.id);
      records_.set_attachments(sql, entry_id, replace_attachments(sql, caller, current, *changes.attachments));
    }
    row->entry.updated_at = now;
    records_.update_entry(sql, *row);
    records_.touch(sql, head.id, now);
    audit_.record(sql, caller, {"entry.update", "entry", entry_id, head.patient_id});
    auto updated = head;
    updated.updated_at = now;
    return load(sql, updated, standing);
  });
}

void MedicalRecordService::delete_entry(const access::Caller& caller, const std::string& record_id,
                                        const std::string& entry_id) {
  const auto now = clock_.now();
  database_.write([&](soci::session& sql) {
    const auto [head, standing] = readable(sql, caller, record_id);
    const auto row = records_.find_entry(sql, record_id, entry_id);
    if (!row) throw not_found_entry();
    if (row->entry.author_id != caller.user_id) {
      throw AppError::forbidden("not_entry_author", "Only the author of an entry deletes it.");
    }
    // Its files are nobody's document any more: the file store lets them go.
    for (const auto& attachment : row->entry.attachments) files_.detach(sql, attachment.id);
    records_.delete_entry(sql, entry_id);
    records_.touch(sql, head.id, now);
    audit_.record(sql, caller, {"entry.delete", "entry", entry_id, head.patient_id});
  });
}

MedicalRecord MedicalRecordService::share(const access::Caller& patient, const std::string& record_id,
                                          const std::string& doctor_id) {
  const auto now = clock_.now();
  return database_.write([&](soci::session& sql) {
    const auto [head, standing] = readable(sql, patient, record_id);
    if (standing != Standing::patient) throw not_found();
    FieldErrors errors;
    if (doctor_id == head.doctor_id) {
      errors.emplace("doctorId", problems::record_doctor());
    } else if (!care_.have_met(sql, doctor_id, patient.user_id)) {
      errors.emplace("doctorId", problems::not_your_doctor());
    }
    if (!errors.empty()) throw AppError::validation(std::move(errors));
    records_.share(sql, head.id, doctor_id, now);
    audit_.record(sql, patient, {"record.share", "medicalRecord", head.id, head.patient_id});
    return load(sql, head, standing);
  });
}

void MedicalRecordService::unshare(const access::Caller& patient, const std::string& record_id,
                                   const std::string& doctor_id) {
  database_.write([&](soci::session& sql) {
    const auto [head, standing] = readable(sql, patient, record_id);
    if (standing != Standing::patient) throw not_found();
    records_.unshare(sql, head.id, doctor_id);
    audit_.record(sql, patient, {"record.unshare", "medicalRecord", head.id, head.patient_id});
  });
}

std::vector<MedicalRecord> MedicalRecordService::readable_by(soci::session& sql, const access::Caller& caller) const {
  std::vector<MedicalRecord> records;
  const auto total = records_.count_visible_to(sql, caller, std::nullopt);
  for (const auto& head : records_.visible_to(sql, caller, std::nullopt, static_cast<int>(total), 0)) {
    records.push_back(load(sql, head, standing_of(sql, caller, head)));
  }
  return records;
}

std::string MedicalRecordService::seal_description(const std::string& entry_id, const std::string& description) const {
  return security::to_base64(security::seal(master_key_, description, entry_context(entry_id)));
}

std::optional<MedicalRecord> MedicalRecordService::find_whole(soci::session& sql, const std::string& record_id) const {
  const auto head = records_.find(sql, record_id);
  if (!head) return std::nullopt;
  return load(sql, *head, Standing::keeper);
}

void MedicalRecordService::import_record(soci::session& sql, const MedicalRecord& record) const {
  records_.insert(sql, record.head);
  for (const auto& entry : record.entries) {
    records_.insert_entry(sql, record.head.id, EntryRow{entry, seal_description(entry.id, entry.description)});
    std::vector<std::string> file_ids;
    for (const auto& attachment : entry.attachments) file_ids.push_back(attachment.id);
    records_.set_attachments(sql, entry.id, file_ids);
  }
  for (const auto& share : record.shared_with) records_.share(sql, record.head.id, share.doctor.id, share.shared_at);
}

std::optional<std::string> MedicalRecordService::patient_of_readable_file(soci::session& sql,
                                                                          const access::Caller& caller,
                                                                          const std::string& file_id) const {
  return records_.patient_of_readable_file(sql, caller.user_id, file_id);
}

}  // namespace medimeet::medical_records
