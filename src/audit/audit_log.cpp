#include "audit/audit_log.hpp"

#include "access/role.hpp"
#include "common/object_id.hpp"
#include "security/sha256.hpp"

namespace medimeet::audit {
namespace {

void add_field(security::Sha256& digest, std::string_view field) {
  digest.add(std::to_string(field.size())).add(":").add(field).add(";");
}

}  // namespace

std::string chain_hash(const AuditRow& row) {
  const auto sequence = std::to_string(row.sequence);
  const auto at = std::to_string(to_epoch_ms(row.at));
  security::Sha256 digest;
  for (const std::string* field :
       {&sequence, &row.id, &at, &row.actor_id, &row.actor_role, &row.actor_name, &row.action, &row.object_type,
        &row.object_id, &row.patient_id, &row.client_address, &row.request_id, &row.previous_hash}) {
    add_field(digest, *field);
  }
  return digest.hex();
}

void AuditLog::record(soci::session& sql, const access::Caller& actor, const AuditEvent& event) const {
  const auto [last_sequence, last_hash] = rows_.lock_head(sql);
  AuditRow row;
  row.at = clock_.now();
  row.sequence = last_sequence + 1;
  row.id = new_object_id(row.at);
  row.actor_id = actor.user_id;
  row.actor_role = std::string(access::to_string(actor.role));
  row.actor_name = rows_.actor_name(sql, actor.user_id);
  row.action = std::string(event.action);
  row.object_type = std::string(event.object_type);
  row.object_id = event.object_id;
  row.patient_id = event.patient_id;
  row.client_address = actor.client_address;
  row.request_id = actor.request_id;
  row.previous_hash = last_hash;
  row.hash = chain_hash(row);
  rows_.append(sql, row);
}

void AuditLog::record(const access::Caller& actor, const AuditEvent& event) const {
  database_.write([&](soci::session& sql) { record(sql, actor, event); });
}

AccessLogPage AuditLog::access_log(const std::string& patient_id, const PageRequest& page) const {
  return database_.read([&](soci::session& sql) {
    return AccessLogPage{rows_.for_patient(sql, patient_id, page), rows_.count_for_patient(sql, patient_id)};
  });
}

ChainCheck AuditLog::verify() const {
  return database_.read([&](soci::session& sql) {
    ChainCheck check;
    long long expected_sequence = 1;
    std::string previous_hash;
    auto fail = [&](const AuditRow& row, std::string reason) {
      check.intact = false;
      check.broken_sequence = row.sequence;
      check.broken_id = row.id;
      check.reason = std::move(reason);
    };
    rows_.for_each(sql, [&](const AuditRow& row) {
      if (!check.intact) return;
      ++check.rows_checked;
      if (row.sequence != expected_sequence) {
        fail(row, "row " + std::to_string(expected_sequence) + " is missing before it");
      } else if (row.previous_hash != previous_hash) {
        fail(row, "it does not link to the row before it");
      } else if (chain_hash(row) != row.hash) {
        fail(row, "its content does not match its hash");
      }
      expected_sequence = row.sequence + 1;
      previous_hash = row.hash;
    });
    if (check.intact) {
      const auto [last_sequence, last_hash] = rows_.head(sql);
      if (last_sequence != expected_sequence - 1 || last_hash != previous_hash) {
        check.intact = false;
        check.reason = "the chain's head records row " + std::to_string(last_sequence) +
                       ", which is not the last row: rows at the end were deleted or altered";
      }
    }
    return check;
  });
}

}  // namespace medimeet::audit
