#include "audit/audit_repository.hpp"

#include <soci/soci.h>

#include "storage/kept_statements.hpp"
#include "storage/query.hpp"

namespace medimeet::audit {
namespace {

constexpr std::string_view kColumns =
    "sequence, id, at, actor_id, actor_role, actor_name, action, object_type, object_id, patient_id, "
    "client_address, request_id, previous_hash, hash";
constexpr long long kBatch = 1000;

struct RowReader {
  AuditRow row;
  long long at = 0;

  void exchange(soci::statement& statement) {
    statement.exchange(soci::into(row.sequence));
    statement.exchange(soci::into(row.id));
    statement.exchange(soci::into(at));
    statement.exchange(soci::into(row.actor_id));
    statement.exchange(soci::into(row.actor_role));
    statement.exchange(soci::into(row.actor_name));
    statement.exchange(soci::into(row.action));
    statement.exchange(soci::into(row.object_type));
    statement.exchange(soci::into(row.object_id));
    statement.exchange(soci::into(row.patient_id));
    statement.exchange(soci::into(row.client_address));
    statement.exchange(soci::into(row.request_id));
    statement.exchange(soci::into(row.previous_hash));
    statement.exchange(soci::into(row.hash));
  }

  AuditRow value() const {
    auto result = row;
    result.at = from_epoch_ms(at);
    return result;
  }
};

void select_rows(soci::session& sql, const storage::Query& query, const std::function<void(const AuditRow&)>& each) {
  RowReader reader;
  storage::KeptStatement statement(sql, query.text());
  reader.exchange(*statement);
  query.bind_to(*statement);
  statement->execute();
  while (statement->fetch()) each(reader.value());
}

}  // namespace

std::pair<long long, std::string> AuditRepository::lock_head(soci::session& sql) const {
  // An UPDATE takes the row's lock on PostgreSQL (and SQLite's write lock is already held):
  // whoever appends next waits for this transaction, then reads the head it left.
  storage::run(sql, "UPDATE audit_chain SET last_sequence = last_sequence WHERE id = 1");
  return head(sql);
}

std::pair<long long, std::string> AuditRepository::head(soci::session& sql) const {
  long long sequence = 0;
  std::string hash;
  storage::run(sql, "SELECT last_sequence, last_hash FROM audit_chain WHERE id = 1",
               soci::into(sequence), soci::into(hash));
  return {sequence, hash};
}

void AuditRepository::append(soci::session& sql, const AuditRow& row) const {
  const long long at = to_epoch_ms(row.at);
  storage::run(sql, "INSERT INTO audit_log (sequence, id, at, actor_id, actor_role, actor_name, action, object_type, "
                    "object_id, "
                    "patient_id, client_address, request_id, previous_hash, hash) VALUES (:s, :id, :at, :a, :r, :n, "
                    ":ac, :ot, "
                    ":oi, :p, :ca, :ri, :ph, :h)",
               soci::use(row.sequence), soci::use(row.id), soci::use(at), soci::use(row.actor_id),
               soci::use(row.actor_role), soci::use(row.actor_name), soci::use(row.action), soci::use(row.object_type),
               soci::use(row.object_id), soci::use(row.patient_id), soci::use(row.client_address),
               soci::use(row.request_id), soci::use(row.previous_hash), soci::use(row.hash));
  storage::run(sql, "UPDATE audit_chain SET last_sequence = :s, last_hash = :h WHERE id = 1",
               soci::use(row.sequence), soci::use(row.hash));
}

std::string AuditRepository::actor_name(soci::session& sql, const std::string& user_id) const {
  std::string name;
  soci::indicator named = soci::i_null;
  const bool found = storage::run(sql, "SELECT name FROM users WHERE id = :id",
                                  soci::use(user_id), soci::into(name, named));
  return found && named == soci::i_ok ? name : std::string();
}

std::vector<AuditRow> AuditRepository::for_patient(soci::session& sql, const std::string& patient_id,
                                                   const PageRequest& page) const {
  storage::Query query("SELECT ");
  query.append(kColumns).append(" FROM audit_log WHERE patient_id = ").bind(patient_id)
      .append(" ORDER BY sequence DESC LIMIT ").bind(static_cast<long long>(page.limit))
      .append(" OFFSET ").bind(static_cast<long long>(page.offset()));
  std::vector<AuditRow> rows;
  select_rows(sql, query, [&](const AuditRow& row) { rows.push_back(row); });
  return rows;
}

long long AuditRepository::count_for_patient(soci::session& sql, const std::string& patient_id) const {
  storage::Query query("SELECT COUNT(*) FROM audit_log WHERE patient_id = ");
  query.bind(patient_id);
  return storage::select_number(sql, query);
}

void AuditRepository::for_each(soci::session& sql, const std::function<void(const AuditRow&)>& each) const {
  // Keyset batches, so a long log is never held whole.
  long long after = -1;
  while (true) {
    storage::Query query("SELECT ");
    query.append(kColumns).append(" FROM audit_log WHERE sequence > ").bind(after)
        .append(" ORDER BY sequence LIMIT ").bind(kBatch);
    long long fetched = 0;
    select_rows(sql, query, [&](const AuditRow& row) {
      ++fetched;
      after = row.sequence;
      each(row);
    });
    if (fetched < kBatch) return;
  }
}

}  // namespace medimeet::audit
