#include "teleconsultations/teleconsultation_repository.hpp"

#include <soci/soci.h>

#include "storage/kept_statements.hpp"
#include "storage/optional_binding.hpp"
#include "storage/query.hpp"

namespace medimeet::teleconsultations {
namespace {

std::optional<Teleconsultation> select_one(soci::session& sql, const storage::Query& query) {
  Teleconsultation found;
  long long created_at = 0;
  long long updated_at = 0;
  std::optional<long long> admitted_at;
  storage::KeptStatement statement(sql, query.text());
  statement->exchange(soci::into(found.id));
  statement->exchange(soci::into(found.appointment_id));
  statement->exchange(soci::into(found.video_link));
  statement->exchange(soci::into(admitted_at));
  statement->exchange(soci::into(created_at));
  statement->exchange(soci::into(updated_at));
  query.bind_to(*statement);
  statement->execute();
  if (!statement->fetch()) return std::nullopt;
  found.created_at = from_epoch_ms(created_at);
  found.updated_at = from_epoch_ms(updated_at);
  if (admitted_at) found.admitted_at = from_epoch_ms(*admitted_at);

  Document document;
  long long added_at = 0;
  storage::KeptStatement documents(sql, "SELECT f.id, f.name, f.media_type, f.size, f.sha256, d.added_by, d.added_at "
                                        "FROM teleconsultation_documents d JOIN files f ON f.id = d.file_id WHERE "
                                        "d.teleconsultation_id = :t "
                                        "ORDER BY d.added_at, f.id",
                                   soci::use(found.id), soci::into(document.file_id), soci::into(document.name),
                                   soci::into(document.media_type), soci::into(document.size),
                                   soci::into(document.sha256), soci::into(document.added_by), soci::into(added_at));
  documents->execute();
  while (documents->fetch()) {
    document.added_at = from_epoch_ms(added_at);
    found.documents.push_back(document);
  }
  return found;
}

constexpr std::string_view kSelect =
    "SELECT id, appointment_id, video_link, admitted_at, created_at, updated_at FROM teleconsultations WHERE ";

}  // namespace

void TeleconsultationRepository::insert(soci::session& sql, const Teleconsultation& teleconsultation,
                                        const std::optional<StoredPrescription>& prescription) const {
  const long long created_at = to_epoch_ms(teleconsultation.created_at);
  const long long updated_at = to_epoch_ms(teleconsultation.updated_at);
  std::optional<long long> admitted_at;
  if (teleconsultation.admitted_at) admitted_at = to_epoch_ms(*teleconsultation.admitted_at);
  std::optional<std::string> sealed;
  std::optional<std::string> code;
  std::optional<long long> prescribed_at;
  if (prescription) {
    sealed = prescription->sealed;
    code = prescription->code;
    prescribed_at = to_epoch_ms(prescription->prescribed_at);
  }
  storage::run(sql, "INSERT INTO teleconsultations (id, appointment_id, video_link, sealed_prescription, "
                    "prescription_code, prescribed_at, admitted_at, created_at, updated_at) VALUES "
                    "(:id, :a, :v, :s, :k, :p, :ad, :c, :u)",
               soci::use(teleconsultation.id), soci::use(teleconsultation.appointment_id),
               soci::use(teleconsultation.video_link), soci::use(sealed), soci::use(code), soci::use(prescribed_at),
               soci::use(admitted_at), soci::use(created_at), soci::use(updated_at));
}

std::optional<Teleconsultation> TeleconsultationRepository::find(soci::session& sql, const std::string& id) const {
  storage::Query query(kSelect);
  query.append("id = ").bind(id);
  return select_one(sql, query);
}

std::optional<Teleconsultation> TeleconsultationRepository::find_by_appointment(soci::session& sql,
                                                                               const std::string& appointment_id) const {
  storage::Query query(kSelect);
  query.append("appointment_id = ").bind(appointment_id);
  return select_one(sql, query);
}

void TeleconsultationRepository::touch(soci::session& sql, const std::string& id, TimePoint now) const {
  const long long at = to_epoch_ms(now);
  storage::run(sql, "UPDATE teleconsultations SET updated_at = :u WHERE id = :id", soci::use(at), soci::use(id));
}

void TeleconsultationRepository::admit(soci::session& sql, const std::string& id, TimePoint now) const {
  const long long at = to_epoch_ms(now);
  storage::run(sql, "UPDATE teleconsultations SET admitted_at = :a, updated_at = :u WHERE id = :id AND admitted_at IS "
                    "NULL",
               soci::use(at), soci::use(at), soci::use(id));
}

std::optional<std::string> TeleconsultationRepository::socket_in_room(soci::session& sql, const std::string& id,
                                                                      const std::string& user_id) const {
  return storage::select_text(sql, storage::Query("SELECT socket_id FROM room_presence WHERE teleconsultation_id = ")
                                      .bind(id)
                                      .append(" AND user_id = ")
                                      .bind(user_id));
}

void TeleconsultationRepository::enter(soci::session& sql, const std::string& id, const std::string& user_id,
                                       const std::string& socket_id, TimePoint now) const {
  const long long at = to_epoch_ms(now);
  storage::run(sql, "DELETE FROM room_presence WHERE teleconsultation_id = :t AND user_id = :u",
               soci::use(id), soci::use(user_id));
  storage::run(sql, "INSERT INTO room_presence (teleconsultation_id, user_id, socket_id, joined_at) VALUES (:t, :u, "
                    ":s, :a)",
               soci::use(id), soci::use(user_id), soci::use(socket_id), soci::use(at));
}

bool TeleconsultationRepository::leave(soci::session& sql, const std::string& id, const std::string& user_id,
                                       const std::string& socket_id) const {
  return storage::execute_counting_rows(sql, storage::Query("DELETE FROM room_presence WHERE teleconsultation_id = ")
                                                 .bind(id)
                                                 .append(" AND user_id = ")
                                                 .bind(user_id)
                                                 .append(" AND socket_id = ")
                                                 .bind(socket_id)) > 0;
}

std::vector<std::string> TeleconsultationRepository::rooms_of_socket(soci::session& sql, const std::string& user_id,
                                                                     const std::string& socket_id) const {
  std::vector<std::string> rooms;
  std::string room;
  storage::KeptStatement statement(sql, "SELECT teleconsultation_id FROM room_presence WHERE user_id = :u AND "
                                        "socket_id = :s",
                                   soci::use(user_id), soci::use(socket_id), soci::into(room));
  statement->execute();
  while (statement->fetch()) rooms.push_back(room);
  return rooms;
}

void TeleconsultationRepository::add_document(soci::session& sql, const std::string& id, const std::string& file_id,
                                              const std::string& added_by, TimePoint now) const {
  const long long at = to_epoch_ms(now);
  storage::run(sql, "INSERT INTO teleconsultation_documents (teleconsultation_id, file_id, added_by, added_at) VALUES "
                    "(:t, :f, :b, "
                    ":a)",
               soci::use(id), soci::use(file_id), soci::use(added_by), soci::use(at));
}

void TeleconsultationRepository::remove_document(soci::session& sql, const std::string& id,
                                                 const std::string& file_id) const {
  storage::run(sql, "DELETE FROM teleconsultation_documents WHERE teleconsultation_id = :t AND file_id = :f",
               soci::use(id), soci::use(file_id));
}

std::optional<std::string> TeleconsultationRepository::patient_of_readable_file(soci::session& sql,
                                                                                const std::string& user_id,
                                                                                const std::string& file_id) const {
  storage::Query query(
      "SELECT a.patient_id FROM teleconsultation_documents d JOIN teleconsultations t ON t.id = d.teleconsultation_id "
      "JOIN appointments a ON a.id = t.appointment_id WHERE d.file_id = ");
  query.bind(file_id).append(" AND (a.patient_id = ").bind(user_id).append(" OR a.doctor_id = ").bind(user_id)
      .append(") LIMIT 1");
  return storage::select_text(sql, query);
}

std::optional<TeleconsultationRepository::StoredPrescription> TeleconsultationRepository::prescription(
    soci::session& sql, const std::string& id) const {
  std::optional<std::string> sealed;
  std::optional<std::string> code;
  std::optional<long long> prescribed_at;
  const bool found = storage::run(sql, "SELECT sealed_prescription, prescription_code, prescribed_at FROM "
                                       "teleconsultations WHERE id = :id",
                                  soci::use(id), soci::into(sealed), soci::into(code), soci::into(prescribed_at));
  if (!found || !sealed || !code || !prescribed_at) return std::nullopt;
  return StoredPrescription{*sealed, *code, from_epoch_ms(*prescribed_at)};
}

void TeleconsultationRepository::save_prescription(soci::session& sql, const std::string& id,
                                                   const StoredPrescription& prescription) const {
  const long long at = to_epoch_ms(prescription.prescribed_at);
  storage::run(sql, "UPDATE teleconsultations SET sealed_prescription = :s, prescription_code = :c, prescribed_at = "
                    ":p, "
                    "updated_at = :u WHERE id = :id",
               soci::use(prescription.sealed), soci::use(prescription.code), soci::use(at), soci::use(at),
               soci::use(id));
}

std::optional<std::string> TeleconsultationRepository::with_prescription_code(soci::session& sql,
                                                                             const std::string& code) const {
  return storage::select_text(sql, storage::Query("SELECT id FROM teleconsultations WHERE prescription_code = ").bind(code));
}

}  // namespace medimeet::teleconsultations
