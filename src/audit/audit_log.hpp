#pragma once

#include <soci/session.h>

#include <string>
#include <vector>

#include "access/caller.hpp"
#include "audit/audit_event.hpp"
#include "audit/audit_repository.hpp"
#include "common/paging.hpp"
#include "common/time.hpp"
#include "storage/database.hpp"

namespace medimeet::audit {

// A page of a patient's access log.
struct AccessLogPage {
  std::vector<AuditRow> rows;
  long long total = 0;
};

// The hash-chained log of every read and change of medical data. Modules record into the
// transaction of the read or change they report, so a change is never without its row and a
// row never without its change.
class AuditLog {
 public:
  static constexpr int kMaxPageSize = 100;

  AuditLog(storage::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

  // Appends a row for what `actor` did, inside the caller's transaction.
  void record(soci::session& sql, const access::Caller& actor, const AuditEvent& event) const;
  // The same in a transaction of its own, for a read that changes nothing else.
  void record(const access::Caller& actor, const AuditEvent& event) const;

  // Who did what to the patient's data, newest first; the patient's own actions included.
  AccessLogPage access_log(const std::string& patient_id, const PageRequest& page) const;
  // Walks the whole chain: every row's hash, its link to the row before, the sequence without
  // gaps, and the head's record of the last row.
  ChainCheck verify() const;

 private:
  storage::Database& database_;
  const Clock& clock_;
  AuditRepository rows_;
};

}  // namespace medimeet::audit
