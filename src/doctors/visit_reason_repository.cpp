#include "doctors/visit_reason_repository.hpp"

#include <soci/soci.h>

#include "storage/kept_statements.hpp"
#include "storage/money_columns.hpp"
#include "storage/optional_binding.hpp"
#include "storage/query.hpp"

namespace medimeet::doctors {
namespace {

constexpr const char* kSelect =
    "SELECT id, doctor_id, name, duration_minutes, price_minor, currency, mode, new_patients, instructions, "
    "archived, created_at, updated_at FROM visit_reasons ";

std::vector<VisitReason> select_reasons(soci::session& sql, const storage::Query& query) {
  VisitReason row;
  storage::MoneyColumns price;
  std::string mode;
  int new_patients = 1;
  int archived = 0;
  long long created_at = 0;
  long long updated_at = 0;
  storage::KeptStatement statement(sql, query.text());
  statement->exchange(soci::into(row.id));
  statement->exchange(soci::into(row.doctor_id));
  statement->exchange(soci::into(row.name));
  statement->exchange(soci::into(row.duration_minutes));
  statement->exchange(soci::into(price.minor_units));
  statement->exchange(soci::into(price.currency));
  statement->exchange(soci::into(mode));
  statement->exchange(soci::into(new_patients));
  statement->exchange(soci::into(row.instructions));
  statement->exchange(soci::into(archived));
  statement->exchange(soci::into(created_at));
  statement->exchange(soci::into(updated_at));
  query.bind_to(*statement);
  std::vector<VisitReason> result;
  if (!statement->execute(true)) return result;
  do {
    VisitReason reason = row;
    reason.price = storage::money_from_columns(price);
    reason.mode = appointments::consultation_mode_from_string(mode).value_or(ConsultationMode::in_person);
    reason.new_patients = new_patients != 0;
    reason.archived = archived != 0;
    reason.created_at = from_epoch_ms(created_at);
    reason.updated_at = from_epoch_ms(updated_at);
    result.push_back(std::move(reason));
  } while (statement->fetch());
  return result;
}

}  // namespace

void VisitReasonRepository::insert(soci::session& sql, const VisitReason& reason) const {
  const auto price = storage::money_columns(reason.price);
  const std::string mode(to_string(reason.mode));
  const int new_patients = reason.new_patients ? 1 : 0;
  const int archived = reason.archived ? 1 : 0;
  const long long created_at = to_epoch_ms(reason.created_at);
  const long long updated_at = to_epoch_ms(reason.updated_at);
  storage::run(sql, "INSERT INTO visit_reasons (id, doctor_id, name, duration_minutes, price_minor, currency, mode, "
                    "new_patients, instructions, archived, created_at, updated_at) "
                    "VALUES (:id, :d, :n, :m, :p, :c, :mode, :np, :i, :a, :ca, :ua)",
               soci::use(reason.id), soci::use(reason.doctor_id), soci::use(reason.name),
               soci::use(reason.duration_minutes), soci::use(price.minor_units), soci::use(price.currency),
               soci::use(mode), soci::use(new_patients), soci::use(reason.instructions), soci::use(archived),
               soci::use(created_at), soci::use(updated_at));
}

void VisitReasonRepository::update(soci::session& sql, const VisitReason& reason) const {
  const auto price = storage::money_columns(reason.price);
  const std::string mode(to_string(reason.mode));
  const int new_patients = reason.new_patients ? 1 : 0;
  const int archived = reason.archived ? 1 : 0;
  const long long updated_at = to_epoch_ms(reason.updated_at);
  storage::run(sql, "UPDATE visit_reasons SET name = :n, duration_minutes = :m, price_minor = :p, currency = :c, "
                    "mode = :mode, new_patients = :np, instructions = :i, archived = :a, updated_at = :u "
                    "WHERE id = :id AND doctor_id = :d",
               soci::use(reason.name), soci::use(reason.duration_minutes), soci::use(price.minor_units),
               soci::use(price.currency), soci::use(mode), soci::use(new_patients), soci::use(reason.instructions),
               soci::use(archived), soci::use(updated_at), soci::use(reason.id), soci::use(reason.doctor_id));
}

std::optional<VisitReason> VisitReasonRepository::find(soci::session& sql, const std::string& doctor_id,
                                                       const std::string& id) const {
  storage::Query query(kSelect);
  query.append("WHERE id = ").bind(id).append(" AND doctor_id = ").bind(doctor_id);
  auto found = select_reasons(sql, query);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<VisitReason> VisitReasonRepository::active(soci::session& sql, const std::string& doctor_id) const {
  storage::Query query(kSelect);
  query.append("WHERE doctor_id = ").bind(doctor_id).append(" AND archived = 0 ORDER BY created_at, id");
  return select_reasons(sql, query);
}

std::vector<VisitReason> VisitReasonRepository::all_of(soci::session& sql, const std::string& doctor_id) const {
  storage::Query query(kSelect);
  query.append("WHERE doctor_id = ").bind(doctor_id).append(" ORDER BY created_at, id");
  return select_reasons(sql, query);
}

}  // namespace medimeet::doctors
