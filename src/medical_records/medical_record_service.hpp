#pragma once

#include <soci/session.h>

#include <optional>
#include <string>
#include <vector>

#include "access/caller.hpp"
#include "access/care_relations.hpp"
#include "audit/audit_log.hpp"
#include "common/paging.hpp"
#include "common/time.hpp"
#include "files/file_service.hpp"
#include "medical_records/medical_record.hpp"
#include "medical_records/medical_record_repository.hpp"
#include "security/secret_key.hpp"
#include "storage/database.hpp"

namespace medimeet::medical_records {

struct RecordPage {
  std::vector<MedicalRecord> records;
  long long total = 0;
};

// The MedicalRecords collection's use cases. A record's doctor reads and writes it; its patient
// reads it, adds entries of their own and shares it with their other doctors, who then read it;
// to anyone else it does not exist (404). Every read and change goes to the audit log in its own
// transaction, and descriptions are stored sealed under the master key.
class MedicalRecordService {
 public:
  static constexpr std::size_t kMaxDescription = 20000;
  static constexpr std::size_t kMaxAttachments = 20;
  static constexpr int kMaxPageSize = 100;

  MedicalRecordService(storage::Database& database, const Clock& clock, const access::CareRules& care,
                       const audit::AuditLog& audit, const files::FileService& files, security::SecretKey master_key);

  // The records the caller may read, about `patient_id` only when given (a doctor's patient page).
  RecordPage list(const access::Caller& caller, const std::optional<std::string>& patient_id,
                  const PageRequest& paging);
  MedicalRecord get(const access::Caller& caller, const std::string& record_id);
  // The calling doctor's record of the patient, empty (no id) before its first entry; 404 when
  // they have no appointment together.
  MedicalRecord of_patient(const access::Caller& doctor, const std::string& patient_id);

  // The calling doctor's entry in their record of the patient, which it creates the first time;
  // 404 without an appointment together.
  MedicalRecord add_entry_for_patient(const access::Caller& doctor, const std::string& patient_id,
                                      const EntryDraft& draft);
  // An entry by the record's doctor or its patient; 403 read_only_record for a doctor it is
  // shared with. Attachments: 403 file_not_yours for a file the caller did not upload.
  MedicalRecord add_entry(const access::Caller& caller, const std::string& record_id, const EntryDraft& draft);
  // By the entry's author only: 403 not_entry_author for other readers of the record.
  MedicalRecord update_entry(const access::Caller& caller, const std::string& record_id, const std::string& entry_id,
                             const EntryChanges& changes);
  void delete_entry(const access::Caller& caller, const std::string& record_id, const std::string& entry_id);

  // By the record's patient, towards a doctor they have an appointment with (400 on doctorId:
  // not_your_doctor, record_doctor). Sharing again changes nothing.
  MedicalRecord share(const access::Caller& patient, const std::string& record_id, const std::string& doctor_id);
  void unshare(const access::Caller& patient, const std::string& record_id, const std::string& doctor_id);

  // Every record `caller` may read, unaudited: for the data export, which audits itself.
  std::vector<MedicalRecord> readable_by(soci::session& sql, const access::Caller& caller) const;
  // The files rule: the patient of a record that refers to the file and that `caller` may read.
  std::optional<std::string> patient_of_readable_file(soci::session& sql, const access::Caller& caller,
                                                      const std::string& file_id) const;

  // The whole record as its doctor reads it (entries opened, whom it is shared with), unaudited:
  // for `medimeet export`. 500 record_damaged for an entry that does not open.
  std::optional<MedicalRecord> find_whole(soci::session& sql, const std::string& record_id) const;
  // Stores an imported record as it is (its head, its entries with their attachments, its
  // shares; the people's names are not read), each description sealed as an entry written here
  // is, without an audit entry: the attachments' files must be in the file store already
  // (files::FileService::import_description).
  void import_record(soci::session& sql, const MedicalRecord& record) const;

 private:
  enum class Standing { none, keeper, patient, reader };

  Standing standing_of(soci::session& sql, const access::Caller& caller, const RecordHead& head) const;
  // The record and the caller's standing; 404 when the caller may not read it.
  std::pair<RecordHead, Standing> readable(soci::session& sql, const access::Caller& caller,
                                           const std::string& record_id) const;
  MedicalRecord load(soci::session& sql, const RecordHead& head, Standing standing) const;
  void check_date(TimePoint date, TimePoint now) const;
  // The description as stored: sealed under the master key, bound to the entry (base64).
  std::string seal_description(const std::string& entry_id, const std::string& description) const;
  // Attaches the files of `wanted` not yet in `current` and detaches those no longer wanted.
  std::vector<std::string> replace_attachments(soci::session& sql, const access::Caller& caller,
                                               const std::vector<std::string>& current,
                                               const std::vector<std::string>& wanted) const;
  MedicalRecord write_entry(soci::session& sql, const access::Caller& caller, const RecordHead& head, Author author,
                            const EntryDraft& draft, TimePoint now);

  storage::Database& database_;
  const Clock& clock_;
  const access::CareRules& care_;
  const audit::AuditLog& audit_;
  const files::FileService& files_;
  security::SecretKey master_key_;
  MedicalRecordRepository records_;
};

}  // namespace medimeet::medical_records
