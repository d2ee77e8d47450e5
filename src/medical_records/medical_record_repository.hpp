#pragma once

#include <soci/session.h>

#include <optional>
#include <string>
#include <vector>

#include "access/caller.hpp"
#include "medical_records/medical_record.hpp"

namespace medimeet::medical_records {

// An entry's row: its description as stored (sealed, base64).
struct EntryRow {
  Entry entry;
  std::string sealed_description;
};

// All SQL of the medical_records, medical_record_entries, medical_record_attachments and
// medical_record_shares tables.
class MedicalRecordRepository {
 public:
  std::optional<RecordHead> find(soci::session& sql, const std::string& record_id) const;
  std::optional<RecordHead> find_of(soci::session& sql, const std::string& patient_id,
                                    const std::string& doctor_id) const;
  // The record of the pair, created now unless it exists (two first entries racing make one).
  RecordHead find_or_create(soci::session& sql, const std::string& patient_id, const std::string& doctor_id,
                            const std::string& new_id, TimePoint now) const;
  void touch(soci::session& sql, const std::string& record_id, TimePoint now) const;
  // A record as it is given (an imported one).
  void insert(soci::session& sql, const RecordHead& head) const;

  // The records `caller` may read (as patient: about them; as doctor: kept or shared), about
  // `patient_id` only when given, most recently changed first, and how many there are.
  std::vector<RecordHead> visible_to(soci::session& sql, const access::Caller& caller,
                                     const std::optional<std::string>& patient_id, int limit, int offset) const;
  long long count_visible_to(soci::session& sql, const access::Caller& caller,
                             const std::optional<std::string>& patient_id) const;

  Person person(soci::session& sql, const std::string& user_id) const;
  std::vector<EntryRow> entries(soci::session& sql, const std::string& record_id) const;
  std::optional<EntryRow> find_entry(soci::session& sql, const std::string& record_id,
                                     const std::string& entry_id) const;
  void insert_entry(soci::session& sql, const std::string& record_id, const EntryRow& row) const;
  void update_entry(soci::session& sql, const EntryRow& row) const;
  void delete_entry(soci::session& sql, const std::string& entry_id) const;
  std::vector<std::string> attachment_ids(soci::session& sql, const std::string& entry_id) const;
  void set_attachments(soci::session& sql, const std::string& entry_id, const std::vector<std::string>& file_ids) const;

  bool is_shared_with(soci::session& sql, const std::string& record_id, const std::string& doctor_id) const;
  std::vector<Share> shares(soci::session& sql, const std::string& record_id) const;
  void share(soci::session& sql, const std::string& record_id, const std::string& doctor_id, TimePoint now) const;
  void unshare(soci::session& sql, const std::string& record_id, const std::string& doctor_id) const;

  // The patient of a record that refers to the file and that `user_id` may read (its patient,
  // its doctor, a doctor it is shared with); nullopt when there is none.
  std::optional<std::string> patient_of_readable_file(soci::session& sql, const std::string& user_id,
                                                      const std::string& file_id) const;
};

}  // namespace medimeet::medical_records
