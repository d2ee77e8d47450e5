#include "appointments/appointment_repository.hpp"

#include <soci/soci.h>

#include "common/enum_names.hpp"
#include "common/object_id.hpp"
#include "storage/address_columns.hpp"
#include "storage/database.hpp"
#include "storage/kept_statements.hpp"
#include "storage/optional_binding.hpp"
#include "storage/query.hpp"

namespace medimeet::appointments {
namespace {

// No consultation is longer; bounds the index range scanned for overlaps.
constexpr auto kLongestAppointment = std::chrono::hours(4);

constexpr const char* kSelect =
    "SELECT a.id, a.patient_id, a.doctor_id, p.name, p.phone, d.name, a.appointment_date, "
    "a.duration_minutes, a.status, a.notes, a.cancel_reason, a.canceled_by, a.sequence, "
    "a.created_at, a.updated_at, a.reason_id, a.reason_name, a.mode, practice.street, practice.postcode, "
    "practice.city, practice.country, practice.phone, practice.specialty FROM appointments a JOIN users p ON p.id = "
    "a.patient_id "
    "JOIN users d ON d.id = a.doctor_id JOIN doctors practice ON practice.id = a.doctor_id ";

// Runs a query that starts with kSelect.
std::vector<Appointment> select_appointments(soci::session& sql, const storage::Query& query) {
  Appointment row;
  long long date = 0;
  std::string status;
  long long created_at = 0;
  long long updated_at = 0;
  std::string mode;
  storage::AddressColumns practice_address;
  storage::KeptStatement statement(sql, query.text());
  statement->exchange(soci::into(row.id));
  statement->exchange(soci::into(row.patient_id));
  statement->exchange(soci::into(row.doctor_id));
  statement->exchange(soci::into(row.patient_name));
  statement->exchange(soci::into(row.patient_phone));
  statement->exchange(soci::into(row.doctor_name));
  statement->exchange(soci::into(date));
  statement->exchange(soci::into(row.duration_minutes));
  statement->exchange(soci::into(status));
  statement->exchange(soci::into(row.notes));
  statement->exchange(soci::into(row.cancel_reason));
  statement->exchange(soci::into(row.canceled_by));
  statement->exchange(soci::into(row.sequence));
  statement->exchange(soci::into(created_at));
  statement->exchange(soci::into(updated_at));
  statement->exchange(soci::into(row.reason_id));
  statement->exchange(soci::into(row.reason_name));
  statement->exchange(soci::into(mode));
  storage::exchange_into(*statement, practice_address);
  statement->exchange(soci::into(row.practice_phone));
  statement->exchange(soci::into(row.doctor_specialty));
  query.bind_to(*statement);
  std::vector<Appointment> result;
  if (!statement->execute(true)) return result;
  do {
    Appointment appointment = row;
    appointment.appointment_date = from_epoch_ms(date);
    appointment.status = status_from_string(status).value_or(Status::confirmed);
    appointment.created_at = from_epoch_ms(created_at);
    appointment.updated_at = from_epoch_ms(updated_at);
    appointment.mode = consultation_mode_from_string(mode).value_or(ConsultationMode::in_person);
    appointment.practice_address = storage::address_from_columns(practice_address);
    result.push_back(std::move(appointment));
  } while (statement->fetch());
  return result;
}

// " WHERE …" for a filter, with its values bound.
void append_filter(storage::Query& query, const AppointmentFilter& filter) {
  query.append(" WHERE 1 = 1");
  if (filter.patient_id) query.append(" AND a.patient_id = ").bind(*filter.patient_id);
  if (filter.doctor_id) query.append(" AND a.doctor_id = ").bind(*filter.doctor_id);
  if (filter.status) query.append(" AND a.status = ").bind(std::string(to_string(*filter.status)));
  if (filter.from) query.append(" AND a.appointment_date >= ").bind(to_epoch_ms(*filter.from));
  if (filter.to) query.append(" AND a.appointment_date < ").bind(to_epoch_ms(*filter.to));
}

}  // namespace

namespace {

constexpr EnumNames<Status, 4> kStatusNames{{{{Status::confirmed, "confirmed"},
                                               {Status::canceled, "canceled"},
                                               {Status::completed, "completed"},
                                               {Status::no_show, "noShow"}}}};

}  // namespace

std::string_view to_string(Status status) { return kStatusNames.name(status); }

std::optional<Status> status_from_string(std::string_view text) { return kStatusNames.parse(text); }

namespace {

constexpr EnumNames<ConsultationMode, 2> kModeNames{{{
    {ConsultationMode::in_person, "inPerson"}, {ConsultationMode::video, "video"}}}};

}  // namespace

std::string_view to_string(ConsultationMode mode) { return kModeNames.name(mode); }

std::optional<ConsultationMode> consultation_mode_from_string(std::string_view text) { return kModeNames.parse(text); }

void AppointmentRepository::insert(soci::session& sql, const Appointment& appointment) const {
  const long long date = to_epoch_ms(appointment.appointment_date);
  const std::string status(to_string(appointment.status));
  const long long created_at = to_epoch_ms(appointment.created_at);
  const long long updated_at = to_epoch_ms(appointment.updated_at);
  const std::string mode(to_string(appointment.mode));
  storage::run(sql, "INSERT INTO appointments (id, patient_id, doctor_id, appointment_date, duration_minutes, "
                    "status, notes, cancel_reason, canceled_by, sequence, created_at, updated_at, reason_id, "
                    "reason_name, mode) "
                    "VALUES (:id, :p, :d, :date, :m, :s, :n, :r, :b, :q, :c, :u, :rid, :rname, :mode)",
               soci::use(appointment.id), soci::use(appointment.patient_id), soci::use(appointment.doctor_id),
               soci::use(date), soci::use(appointment.duration_minutes), soci::use(status),
               soci::use(appointment.notes), soci::use(appointment.cancel_reason), soci::use(appointment.canceled_by),
               soci::use(appointment.sequence), soci::use(created_at), soci::use(updated_at),
               soci::use(appointment.reason_id), soci::use(appointment.reason_name), soci::use(mode));
}

std::optional<Appointment> AppointmentRepository::find(soci::session& sql, const std::string& id) const {
  storage::Query query(kSelect);
  query.append("WHERE a.id = ").bind(id);
  auto found = select_appointments(sql, query);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

void AppointmentRepository::update(soci::session& sql, const Appointment& appointment) const {
  const long long date = to_epoch_ms(appointment.appointment_date);
  const std::string status(to_string(appointment.status));
  const long long updated_at = to_epoch_ms(appointment.updated_at);
  storage::run(sql, "UPDATE appointments SET appointment_date = :date, duration_minutes = :m, status = :s, notes = :n, "
                    "cancel_reason = :r, canceled_by = :b, sequence = :q, updated_at = :u WHERE id = :id",
               soci::use(date), soci::use(appointment.duration_minutes), soci::use(status),
               soci::use(appointment.notes), soci::use(appointment.cancel_reason), soci::use(appointment.canceled_by),
               soci::use(appointment.sequence), soci::use(updated_at), soci::use(appointment.id));
}

void AppointmentRepository::set_mode(soci::session& sql, const std::string& appointment_id,
                                     ConsultationMode mode) const {
  const std::string name(to_string(mode));
  storage::run(sql, "UPDATE appointments SET mode = :mode WHERE id = :id", soci::use(name), soci::use(appointment_id));
}

std::vector<Appointment> AppointmentRepository::list(soci::session& sql,
                                                     const AppointmentFilter& filter, int limit,
                                                     int offset) const {
  storage::Query query(kSelect);
  append_filter(query, filter);
  query.append(" ORDER BY a.appointment_date, a.id LIMIT " + std::to_string(limit) + " OFFSET " +
               std::to_string(offset));
  return select_appointments(sql, query);
}

long long AppointmentRepository::count(soci::session& sql, const AppointmentFilter& filter) const {
  storage::Query query("SELECT COUNT(*) FROM appointments a");
  append_filter(query, filter);
  return storage::select_number(sql, query);
}

long long AppointmentRepository::count_upcoming(soci::session& sql, const std::string& patient_id,
                                                TimePoint from) const {
  const long long from_ms = to_epoch_ms(from);
  long long total = 0;
  storage::run(sql, "SELECT COUNT(*) FROM appointments WHERE patient_id = :p AND status = 'confirmed' "
                    "AND appointment_date >= :f",
               soci::use(patient_id), soci::use(from_ms), soci::into(total));
  return total;
}

long long AppointmentRepository::count_with_doctor_between(soci::session& sql,
                                                           const std::string& patient_id,
                                                           const std::string& doctor_id,
                                                           TimePoint from, TimePoint to,
                                                           const std::string& except) const {
  const long long from_ms = to_epoch_ms(from);
  const long long to_ms = to_epoch_ms(to);
  long long total = 0;
  storage::run(sql, "SELECT COUNT(*) FROM appointments WHERE patient_id = :p AND doctor_id = :d "
                    "AND status = 'confirmed' AND appointment_date >= :f AND appointment_date < :t "
                    "AND id <> :except",
               soci::use(patient_id), soci::use(doctor_id), soci::use(from_ms), soci::use(to_ms), soci::use(except),
               soci::into(total));
  return total;
}

std::vector<std::pair<Status, long long>> AppointmentRepository::count_by_status(
    soci::session& sql, const std::string& doctor_id) const {
  std::vector<std::pair<Status, long long>> result;
  std::string status;
  long long total = 0;
  storage::KeptStatement query(sql, "SELECT status, COUNT(*) FROM appointments "
                                    "WHERE doctor_id = :d GROUP BY status",
                               soci::use(doctor_id), soci::into(status), soci::into(total));
  query->execute();
  while (query->fetch()) {
    if (auto parsed = status_from_string(status)) result.emplace_back(*parsed, total);
  }
  return result;
}

std::vector<Counterpart> AppointmentRepository::counterparts(soci::session& sql,
                                                             const std::string& user_id,
                                                             bool of_doctor) const {
  const std::string mine = of_doctor ? "doctor_id" : "patient_id";
  const std::string theirs = of_doctor ? "patient_id" : "doctor_id";
  std::vector<Counterpart> result;
  Counterpart row;
  long long last = 0;
  storage::KeptStatement query(sql, "SELECT u.id, u.name, COUNT(*), MAX(a.appointment_date) FROM appointments a "
                                    "JOIN users u ON u.id = a." + theirs + " WHERE a." + mine + " = :me "
                                    "GROUP BY u.id, u.name ORDER BY MAX(a.appointment_date) DESC",
                               soci::use(user_id), soci::into(row.id), soci::into(row.name),
                               soci::into(row.appointments),
                               soci::into(last));
  query->execute();
  while (query->fetch()) {
    row.last_appointment = from_epoch_ms(last);
    result.push_back(row);
  }
  return result;
}

std::vector<Appointment> AppointmentRepository::confirmed_during(soci::session& sql, const std::string& doctor_id,
                                                                TimePoint from, TimePoint to) const {
  storage::Query query(kSelect);
  query.append("WHERE a.doctor_id = ").bind(doctor_id).append(" AND a.status = 'confirmed' AND a.appointment_date < ")
      .bind(to_epoch_ms(to)).append(" AND a.appointment_date + a.duration_minutes * 60000 > ").bind(to_epoch_ms(from))
      .append(" ORDER BY a.appointment_date, a.id");
  return select_appointments(sql, query);
}

namespace {

// The doctor's appointments with their patients' accounts, narrowed to `term` when there is one.
void append_patients_of(storage::Query& query, const std::string& doctor_id, const std::optional<std::string>& term) {
  query.append(" FROM appointments a JOIN users u ON u.id = a.patient_id LEFT JOIN patients pt ON pt.id = a.patient_id"
               " WHERE a.doctor_id = ").bind(doctor_id);
  if (!term) return;
  const auto pattern = storage::like_containing(*term);
  query.append(" AND (u.name_folded LIKE ").bind(pattern).append(" ESCAPE '\\' OR lower(u.email) LIKE ").bind(pattern)
      .append(" ESCAPE '\\' OR u.phone LIKE ").bind(pattern).append(" ESCAPE '\\')");
}

}  // namespace

std::vector<PatientOfDoctor> AppointmentRepository::patients_of(soci::session& sql, const std::string& doctor_id,
                                                                 TimePoint now, const std::optional<std::string>& term,
                                                                 int limit, int offset) const {
  const auto now_ms = to_epoch_ms(now);
  storage::Query query(
      "SELECT u.id, u.name, u.email, u.phone, pt.date_of_birth, COUNT(*), MAX(a.appointment_date), "
      "MAX(CASE WHEN a.status = 'completed' THEN a.appointment_date END), "
      "MIN(CASE WHEN a.status = 'confirmed' AND a.appointment_date >= ");
  query.bind(now_ms).append(" THEN a.appointment_date END)");
  append_patients_of(query, doctor_id, term);
  query.append(" GROUP BY u.id, u.name, u.email, u.phone, pt.date_of_birth ORDER BY MAX(a.appointment_date) DESC, u.id"
               " LIMIT " + std::to_string(limit) + " OFFSET " + std::to_string(offset));
  PatientOfDoctor row;
  std::optional<long long> date_of_birth;
  long long last = 0;
  std::optional<long long> last_visit;
  std::optional<long long> next;
  storage::KeptStatement statement(sql, query.text());
  statement->exchange(soci::into(row.id));
  statement->exchange(soci::into(row.name));
  statement->exchange(soci::into(row.email));
  statement->exchange(soci::into(row.phone));
  statement->exchange(soci::into(date_of_birth));
  statement->exchange(soci::into(row.appointments));
  statement->exchange(soci::into(last));
  statement->exchange(soci::into(last_visit));
  statement->exchange(soci::into(next));
  query.bind_to(*statement);
  std::vector<PatientOfDoctor> result;
  if (!statement->execute(true)) return result;
  do {
    PatientOfDoctor patient = row;
    patient.date_of_birth = date_of_birth ? std::optional(from_epoch_ms(*date_of_birth)) : std::nullopt;
    patient.last_appointment = from_epoch_ms(last);
    patient.last_visit = last_visit ? std::optional(from_epoch_ms(*last_visit)) : std::nullopt;
    patient.next_appointment = next ? std::optional(from_epoch_ms(*next)) : std::nullopt;
    result.push_back(std::move(patient));
  } while (statement->fetch());
  return result;
}

long long AppointmentRepository::count_patients_of(soci::session& sql, const std::string& doctor_id,
                                                   const std::optional<std::string>& term) const {
  storage::Query query("SELECT COUNT(DISTINCT a.patient_id)");
  append_patients_of(query, doctor_id, term);
  return storage::select_number(sql, query);
}

void AppointmentRepository::lock_patient(soci::session& sql, const std::string& patient_id) const {
  if (sql.get_backend_name() != "postgresql") return;
  std::string id;
  storage::run(sql, "SELECT id FROM patients WHERE id = :id FOR UPDATE", soci::use(patient_id), soci::into(id));
}

std::optional<std::pair<std::string, std::string>> AppointmentRepository::find_idempotency_key(
    soci::session& sql, const std::string& user_id, const std::string& key) const {
  std::string request_hash;
  std::string appointment_id;
  const bool found = storage::run(sql, "SELECT request_hash, appointment_id FROM idempotency_keys WHERE user_id = :u "
                                       "AND idempotency_key = :k",
                                  soci::use(user_id), soci::use(key), soci::into(request_hash),
                                  soci::into(appointment_id));
  if (!found) return std::nullopt;
  return std::make_pair(request_hash, appointment_id);
}

void AppointmentRepository::insert_idempotency_key(soci::session& sql, const std::string& user_id,
                                                   const std::string& key,
                                                   const std::string& request_hash,
                                                   const std::string& appointment_id,
                                                   TimePoint now) const {
  const long long created_at = to_epoch_ms(now);
  storage::run(sql, "INSERT INTO idempotency_keys (user_id, idempotency_key, request_hash, appointment_id, "
                    "created_at) VALUES (:u, :k, :h, :a, :c)",
               soci::use(user_id), soci::use(key), soci::use(request_hash), soci::use(appointment_id),
               soci::use(created_at));
}

long long AppointmentRepository::purge_before(soci::session& sql, TimePoint before) const {
  const long long before_ms = to_epoch_ms(before);
  return storage::execute_counting_rows(
             sql, storage::Query("DELETE FROM idempotency_keys WHERE created_at <= ").bind(before_ms)) +
         storage::execute_counting_rows(
             sql, storage::Query("DELETE FROM reminder_jobs WHERE status = 'done' AND due_at <= ")
                      .bind(before_ms));
}

void AppointmentRepository::replace_reminders(soci::session& sql, const std::string& appointment_id,
                                              const std::vector<TimePoint>& due, TimePoint now) const {
  remove_reminders(sql, appointment_id);
  const long long created_at = to_epoch_ms(now);
  for (const auto& at : due) {
    const auto id = new_object_id(now);
    const long long due_at = to_epoch_ms(at);
    storage::run(sql, "INSERT INTO reminder_jobs (id, appointment_id, due_at, status, created_at) "
                      "VALUES (:id, :a, :d, 'pending', :c)",
                 soci::use(id), soci::use(appointment_id), soci::use(due_at), soci::use(created_at));
  }
}

void AppointmentRepository::remove_reminders(soci::session& sql,
                                             const std::string& appointment_id) const {
  storage::run(sql, "DELETE FROM reminder_jobs WHERE appointment_id = :a AND status = 'pending'",
               soci::use(appointment_id));
}

std::vector<std::pair<std::string, std::string>> AppointmentRepository::due_reminders(
    soci::session& sql, TimePoint now, int limit) const {
  std::vector<std::pair<std::string, std::string>> result;
  const long long now_ms = to_epoch_ms(now);
  std::string id;
  std::string appointment_id;
  storage::KeptStatement query(sql, "SELECT id, appointment_id FROM reminder_jobs WHERE status = 'pending' "
                                    "AND due_at <= :n ORDER BY due_at LIMIT " + std::to_string(limit),
                               soci::use(now_ms), soci::into(id), soci::into(appointment_id));
  query->execute();
  while (query->fetch()) result.emplace_back(id, appointment_id);
  return result;
}

std::optional<TimePoint> AppointmentRepository::oldest_due_reminder(soci::session& sql, TimePoint now) const {
  long long due_at = 0;
  soci::indicator found = soci::i_null;
  const long long now_ms = to_epoch_ms(now);
  storage::run(sql, "SELECT MIN(due_at) FROM reminder_jobs WHERE status = 'pending' AND due_at <= :n",
               soci::use(now_ms), soci::into(due_at, found));
  if (found != soci::i_ok) return std::nullopt;
  return from_epoch_ms(due_at);
}

bool AppointmentRepository::claim_reminder(soci::session& sql, const std::string& job_id) const {
  return storage::execute_counting_rows(
             sql, storage::Query("UPDATE reminder_jobs SET status = 'done' WHERE id = ")
                      .bind(job_id)
                      .append(" AND status = 'pending'")) == 1;
}

storage::Query taken_query(const std::vector<std::string>& doctor_ids, long long lower, long long upper) {
  storage::Query query("SELECT doctor_id, appointment_date, duration_minutes FROM appointments WHERE doctor_id IN (");
  query.bind_list(doctor_ids).append(") AND appointment_date > ").bind(lower);
  query.append(" AND appointment_date < ").bind(upper).append(" AND status <> 'canceled'");
  return query;
}

bool AppointmentRepository::exists_between(soci::session& sql, const std::string& doctor_id,
                                           const std::string& patient_id, std::optional<Status> status) const {
  storage::Query query("SELECT COUNT(*) FROM (SELECT 1 FROM appointments WHERE patient_id = ");
  query.bind(patient_id).append(" AND doctor_id = ").bind(doctor_id);
  if (status) query.append(" AND status = ").bind(std::string(to_string(*status)));
  query.append(" LIMIT 1) found");
  return storage::select_number(sql, query) > 0;
}

std::vector<TakenTime> AppointmentRepository::taken(soci::session& sql,
                                                    const std::vector<std::string>& doctor_ids,
                                                    TimePoint from, TimePoint to) const {
  std::vector<TakenTime> result;
  if (doctor_ids.empty()) return result;
  const long long lower = to_epoch_ms(from - kLongestAppointment);
  const long long upper = to_epoch_ms(to);
  std::string doctor_id;
  long long start = 0;
  int minutes = 0;
  const auto taken = taken_query(doctor_ids, lower, upper);
  storage::KeptStatement query(sql, taken.text());
  query->exchange(soci::into(doctor_id));
  query->exchange(soci::into(start));
  query->exchange(soci::into(minutes));
  taken.bind_to(*query);
  if (!query->execute(true)) return result;
  do {
    const auto begins = from_epoch_ms(start);
    const auto ends = begins + std::chrono::minutes(minutes);
    if (ends > from) result.push_back({doctor_id, begins, ends});
  } while (query->fetch());
  return result;
}

}  // namespace medimeet::appointments
