#pragma once

#include <soci/session.h>

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "audit/audit_event.hpp"
#include "common/paging.hpp"

namespace medimeet::audit {

// All SQL of the audit_log and audit_chain tables. Rows are only ever inserted.
class AuditRepository {
 public:
  // Takes the chain's head for this transaction (other writers wait until it ends) and returns
  // the last sequence and hash.
  std::pair<long long, std::string> lock_head(soci::session& sql) const;
  void append(soci::session& sql, const AuditRow& row) const;
  // The account's name as it is now, "" for an account that is gone.
  std::string actor_name(soci::session& sql, const std::string& user_id) const;

  // The rows about `patient_id`, newest first, and how many there are.
  std::vector<AuditRow> for_patient(soci::session& sql, const std::string& patient_id, const PageRequest& page) const;
  long long count_for_patient(soci::session& sql, const std::string& patient_id) const;

  // Calls `each` with every row in sequence order, a batch at a time.
  void for_each(soci::session& sql, const std::function<void(const AuditRow&)>& each) const;
  std::pair<long long, std::string> head(soci::session& sql) const;
};

}  // namespace medimeet::audit
