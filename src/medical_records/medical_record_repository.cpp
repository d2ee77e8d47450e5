#include "medical_records/medical_record_repository.hpp"

#include <soci/soci.h>

#include <map>

#include "storage/kept_statements.hpp"
#include "storage/query.hpp"

namespace medimeet::medical_records {
namespace {

constexpr std::string_view kHeadColumns = "r.id, r.patient_id, r.doctor_id, r.created_at, r.updated_at";
constexpr std::string_view kEntryColumns =
    "e.id, e.author, e.author_id, e.entry_date, e.description, e.created_at, e.updated_at";

struct HeadReader {
  RecordHead head;
  long long created_at = 0;
  long long updated_at = 0;

  void exchange(soci::statement& statement) {
    statement.exchange(soci::into(head.id));
    statement.exchange(soci::into(head.patient_id));
    statement.exchange(soci::into(head.doctor_id));
    statement.exchange(soci::into(created_at));
    statement.exchange(soci::into(updated_at));
  }
  RecordHead value() const {
    auto result = head;
    result.created_at = from_epoch_ms(created_at);
    result.updated_at = from_epoch_ms(updated_at);
    return result;
  }
};

struct EntryReader {
  EntryRow row;
  std::string author;
  long long date = 0;
  long long created_at = 0;
  long long updated_at = 0;

  void exchange(soci::statement& statement) {
    statement.exchange(soci::into(row.entry.id));
    statement.exchange(soci::into(author));
    statement.exchange(soci::into(row.entry.author_id));
    statement.exchange(soci::into(date));
    statement.exchange(soci::into(row.sealed_description));
    statement.exchange(soci::into(created_at));
    statement.exchange(soci::into(updated_at));
  }
  EntryRow value() const {
    auto result = row;
    result.entry.author = author == "patient" ? Author::patient : Author::doctor;
    result.entry.date = from_epoch_ms(date);
    result.entry.created_at = from_epoch_ms(created_at);
    result.entry.updated_at = from_epoch_ms(updated_at);
    return result;
  }
};

std::vector<RecordHead> select_heads(soci::session& sql, const storage::Query& query) {
  HeadReader reader;
  storage::KeptStatement statement(sql, query.text());
  reader.exchange(*statement);
  query.bind_to(*statement);
  statement->execute();
  std::vector<RecordHead> heads;
  while (statement->fetch()) heads.push_back(reader.value());
  return heads;
}

std::optional<RecordHead> select_head(soci::session& sql, const storage::Query& query) {
  auto heads = select_heads(sql, query);
  if (heads.empty()) return std::nullopt;
  return heads.front();
}

std::vector<EntryRow> select_entries(soci::session& sql, const storage::Query& query) {
  EntryReader reader;
  storage::KeptStatement statement(sql, query.text());
  reader.exchange(*statement);
  query.bind_to(*statement);
  statement->execute();
  std::vector<EntryRow> rows;
  while (statement->fetch()) rows.push_back(reader.value());
  return rows;
}

// The files of the entries whose `column` ("e.record_id" or "e.id") is `value`, by entry id, in
// their order.
std::map<std::string, std::vector<Attachment>> select_attachments(soci::session& sql, std::string_view column,
                                                                  const std::string& value) {
  storage::Query query(
      "SELECT a.entry_id, f.id, f.name, f.media_type, f.size, f.sha256 FROM medical_record_attachments a "
      "JOIN medical_record_entries e ON e.id = a.entry_id JOIN files f ON f.id = a.file_id WHERE ");
  query.append(column).append(" = ").bind(value).append(" ORDER BY a.entry_id, a.position");
  std::string entry_id;
  Attachment attachment;
  storage::KeptStatement statement(sql, query.text());
  statement->exchange(soci::into(entry_id));
  statement->exchange(soci::into(attachment.id));
  statement->exchange(soci::into(attachment.name));
  statement->exchange(soci::into(attachment.media_type));
  statement->exchange(soci::into(attachment.size));
  statement->exchange(soci::into(attachment.sha256));
  query.bind_to(*statement);
  statement->execute();
  std::map<std::string, std::vector<Attachment>> by_entry;
  while (statement->fetch()) by_entry[entry_id].push_back(attachment);
  return by_entry;
}

// Appends the condition on `r` that `caller` may read the record, and that it is about
// `patient_id` when given.
storage::Query& append_visible_to(storage::Query& query, const access::Caller& caller,
                                  const std::optional<std::string>& patient_id) {
  if (patient_id) query.append("r.patient_id = ").bind(*patient_id).append(" AND ");
  if (caller.is(access::Role::patient)) return query.append("r.patient_id = ").bind(caller.user_id);
  return query.append("(r.doctor_id = ").bind(caller.user_id)
      .append(" OR r.id IN (SELECT s.record_id FROM medical_record_shares s WHERE s.doctor_id = ")
      .bind(caller.user_id)
      .append("))");
}

}  // namespace

std::optional<RecordHead> MedicalRecordRepository::find(soci::session& sql, const std::string& record_id) const {
  storage::Query query("SELECT ");
  query.append(kHeadColumns).append(" FROM medical_records r WHERE r.id = ").bind(record_id);
  return select_head(sql, query);
}

std::optional<RecordHead> MedicalRecordRepository::find_of(soci::session& sql, const std::string& patient_id,
                                                           const std::string& doctor_id) const {
  storage::Query query("SELECT ");
  query.append(kHeadColumns).append(" FROM medical_records r WHERE r.patient_id = ").bind(patient_id)
      .append(" AND r.doctor_id = ").bind(doctor_id);
  return select_head(sql, query);
}

RecordHead MedicalRecordRepository::find_or_create(soci::session& sql, const std::string& patient_id,
                                                   const std::string& doctor_id, const std::string& new_id,
                                                   TimePoint now) const {
  const long long at = to_epoch_ms(now);
  storage::run(sql, "INSERT INTO medical_records (id, patient_id, doctor_id, created_at, updated_at) VALUES (:id, :p, "
                    ":d, :c, "
                    ":u) ON CONFLICT (patient_id, doctor_id) DO NOTHING",
               soci::use(new_id), soci::use(patient_id), soci::use(doctor_id), soci::use(at), soci::use(at));
  return *find_of(sql, patient_id, doctor_id);
}

void MedicalRecordRepository::insert(soci::session& sql, const RecordHead& head) const {
  const long long created_at = to_epoch_ms(head.created_at);
  const long long updated_at = to_epoch_ms(head.updated_at);
  storage::run(sql, "INSERT INTO medical_records (id, patient_id, doctor_id, created_at, updated_at) VALUES (:id, :p, "
                    ":d, :c, :u)",
               soci::use(head.id), soci::use(head.patient_id), soci::use(head.doctor_id), soci::use(created_at),
               soci::use(updated_at));
}

void MedicalRecordRepository::touch(soci::session& sql, const std::string& record_id, TimePoint now) const {
  const long long at = to_epoch_ms(now);
  storage::run(sql, "UPDATE medical_records SET updated_at = :u WHERE id = :id", soci::use(at), soci::use(record_id));
}

std::vector<RecordHead> MedicalRecordRepository::visible_to(soci::session& sql, const access::Caller& caller,
                                                            const std::optional<std::string>& patient_id, int limit,
                                                            int offset) const {
  storage::Query query("SELECT ");
  query.append(kHeadColumns).append(" FROM medical_records r WHERE ");
  append_visible_to(query, caller, patient_id)
      .append(" ORDER BY r.updated_at DESC, r.id DESC LIMIT ")
      .bind(static_cast<long long>(limit))
      .append(" OFFSET ")
      .bind(static_cast<long long>(offset));
  return select_heads(sql, query);
}

long long MedicalRecordRepository::count_visible_to(soci::session& sql, const access::Caller& caller,
                                                   const std::optional<std::string>& patient_id) const {
  storage::Query query("SELECT COUNT(*) FROM medical_records r WHERE ");
  append_visible_to(query, caller, patient_id);
  return storage::select_number(sql, query);
}

Person MedicalRecordRepository::person(soci::session& sql, const std::string& user_id) const {
  Person person{user_id, "", std::nullopt};
  soci::indicator specialty = soci::i_null;
  std::string specialty_text;
  storage::run(sql, "SELECT u.name, d.specialty FROM users u LEFT JOIN doctors d ON d.id = u.id WHERE u.id = :id",
               soci::use(user_id), soci::into(person.name), soci::into(specialty_text, specialty));
  if (specialty == soci::i_ok) person.specialty = specialty_text;
  return person;
}

std::vector<EntryRow> MedicalRecordRepository::entries(soci::session& sql, const std::string& record_id) const {
  storage::Query query("SELECT ");
  query.append(kEntryColumns).append(" FROM medical_record_entries e WHERE e.record_id = ").bind(record_id)
      .append(" ORDER BY e.entry_date DESC, e.created_at DESC, e.id DESC");
  auto rows = select_entries(sql, query);
  auto attachments = select_attachments(sql, "e.record_id", record_id);
  for (auto& row : rows) row.entry.attachments = std::move(attachments[row.entry.id]);
  return rows;
}

std::optional<EntryRow> MedicalRecordRepository::find_entry(soci::session& sql, const std::string& record_id,
                                                            const std::string& entry_id) const {
  storage::Query query("SELECT ");
  query.append(kEntryColumns).append(" FROM medical_record_entries e WHERE e.record_id = ").bind(record_id)
      .append(" AND e.id = ").bind(entry_id);
  auto rows = select_entries(sql, query);
  if (rows.empty()) return std::nullopt;
  auto attachments = select_attachments(sql, "e.id", entry_id);
  rows.front().entry.attachments = std::move(attachments[entry_id]);
  return rows.front();
}

void MedicalRecordRepository::insert_entry(soci::session& sql, const std::string& record_id,
                                           const EntryRow& row) const {
  const auto& entry = row.entry;
  const std::string author = entry.author == Author::patient ? "patient" : "doctor";
  const long long date = to_epoch_ms(entry.date);
  const long long created_at = to_epoch_ms(entry.created_at);
  const long long updated_at = to_epoch_ms(entry.updated_at);
  storage::run(sql, "INSERT INTO medical_record_entries (id, record_id, author, author_id, entry_date, description, "
                    "created_at, "
                    "updated_at) VALUES (:id, :r, :a, :ai, :d, :t, :c, :u)",
               soci::use(entry.id), soci::use(record_id), soci::use(author), soci::use(entry.author_id),
               soci::use(date), soci::use(row.sealed_description), soci::use(created_at), soci::use(updated_at));
}

void MedicalRecordRepository::update_entry(soci::session& sql, const EntryRow& row) const {
  const long long date = to_epoch_ms(row.entry.date);
  const long long updated_at = to_epoch_ms(row.entry.updated_at);
  storage::run(sql, "UPDATE medical_record_entries SET entry_date = :d, description = :t, updated_at = :u WHERE id = "
                    ":id",
               soci::use(date), soci::use(row.sealed_description), soci::use(updated_at), soci::use(row.entry.id));
}

void MedicalRecordRepository::delete_entry(soci::session& sql, const std::string& entry_id) const {
  storage::run(sql, "DELETE FROM medical_record_attachments WHERE entry_id = :id", soci::use(entry_id));
  storage::run(sql, "DELETE FROM medical_record_entries WHERE id = :id", soci::use(entry_id));
}

std::vector<std::string> MedicalRecordRepository::attachment_ids(soci::session& sql,
                                                                 const std::string& entry_id) const {
  std::vector<std::string> ids;
  std::string id;
  storage::KeptStatement statement(sql, "SELECT file_id FROM medical_record_attachments WHERE entry_id = :id "
                                        "ORDER BY position",
                                   soci::use(entry_id), soci::into(id));
  statement->execute();
  while (statement->fetch()) ids.push_back(id);
  return ids;
}

void MedicalRecordRepository::set_attachments(soci::session& sql, const std::string& entry_id,
                                              const std::vector<std::string>& file_ids) const {
  storage::run(sql, "DELETE FROM medical_record_attachments WHERE entry_id = :id", soci::use(entry_id));
  for (int position = 0; position < static_cast<int>(file_ids.size()); ++position) {
    storage::run(sql, "INSERT INTO medical_record_attachments (entry_id, file_id, position) VALUES (:e, :f, :p)",
                 soci::use(entry_id), soci::use(file_ids[position]), soci::use(position));
  }
}

bool MedicalRecordRepository::is_shared_with(soci::session& sql, const std::string& record_id,
                                             const std::string& doctor_id) const {
  storage::Query query("SELECT COUNT(*) FROM medical_record_shares WHERE record_id = ");
  query.bind(record_id).append(" AND doctor_id = ").bind(doctor_id);
  return storage::select_number(sql, query) > 0;
}

std::vector<Share> MedicalRecordRepository::shares(soci::session& sql, const std::string& record_id) const {
  Share share;
  long long shared_at = 0;
  soci::indicator specialty = soci::i_null;
  std::string specialty_text;
  storage::KeptStatement statement(sql, "SELECT s.doctor_id, u.name, d.specialty, s.shared_at FROM "
                                        "medical_record_shares s "
                                        "JOIN users u ON u.id = s.doctor_id LEFT JOIN doctors d ON d.id = s.doctor_id "
                                        "WHERE s.record_id = :id ORDER BY s.shared_at, s.doctor_id",
                                   soci::use(record_id), soci::into(share.doctor.id), soci::into(share.doctor.name),
                                   soci::into(specialty_text, specialty), soci::into(shared_at));
  statement->execute();
  std::vector<Share> shares;
  while (statement->fetch()) {
    shares.push_back(share);
    shares.back().doctor.specialty = specialty == soci::i_ok ? std::optional(specialty_text) : std::nullopt;
    shares.back().shared_at = from_epoch_ms(shared_at);
  }
  return shares;
}

void MedicalRecordRepository::share(soci::session& sql, const std::string& record_id, const std::string& doctor_id,
                                    TimePoint now) const {
  const long long at = to_epoch_ms(now);
  storage::run(sql, "INSERT INTO medical_record_shares (record_id, doctor_id, shared_at) VALUES (:r, :d, :a) "
                    "ON CONFLICT (record_id, doctor_id) DO NOTHING",
               soci::use(record_id), soci::use(doctor_id), soci::use(at));
}

void MedicalRecordRepository::unshare(soci::session& sql, const std::string& record_id,
                                      const std::string& doctor_id) const {
  storage::run(sql, "DELETE FROM medical_record_shares WHERE record_id = :r AND doctor_id = :d",
               soci::use(record_id), soci::use(doctor_id));
}

std::optional<std::string> MedicalRecordRepository::patient_of_readable_file(soci::session& sql,
                                                                             const std::string& user_id,
                                                                             const std::string& file_id) const {
  storage::Query query(
      "SELECT r.patient_id FROM medical_record_attachments a JOIN medical_record_entries e ON e.id = a.entry_id "
      "JOIN medical_records r ON r.id = e.record_id WHERE a.file_id = ");
  query.bind(file_id).append(" AND (r.patient_id = ").bind(user_id).append(" OR r.doctor_id = ").bind(user_id)
      .append(" OR r.id IN (SELECT s.record_id FROM medical_record_shares s WHERE s.doctor_id = ").bind(user_id)
      .append(")) LIMIT 1");
  return storage::select_text(sql, query);
}

}  // namespace medimeet::medical_records
