#pragma once

#include <string>
#include <string_view>

#include "common/time.hpp"

namespace medimeet::audit {

// What was done to whose medical data, as a module reports it.
struct AuditEvent {
  std::string_view action;       // "record.read", "entry.update", … (the API lists them)
  std::string_view object_type;  // "patient", "medicalRecord", "entry", "file", "user"
  std::string object_id;
  std::string patient_id;  // whose data it is; empty when no patient is concerned yet
};

// One row of the log as stored: the event, who did it from where, and its place in the chain.
struct AuditRow {
  long long sequence = 0;
  std::string id;
  TimePoint at;
  std::string actor_id;
  std::string actor_role;
  std::string actor_name;
  std::string action;
  std::string object_type;
  std::string object_id;
  std::string patient_id;
  std::string client_address;
  std::string request_id;
  std::string previous_hash;
  std::string hash;
};

// The hash a row must carry: SHA-256 over every field but the hash itself, the previous row's
// hash included, each field length-prefixed so no two rows hash alike by shifting text between
// fields.
std::string chain_hash(const AuditRow& row);

// What `audit verify` found: the chain holds, or the first row that breaks it and why.
struct ChainCheck {
  long long rows_checked = 0;
  bool intact = true;
  long long broken_sequence = 0;  // the first row that does not hold (0 when the head is at fault)
  std::string broken_id;
  std::string reason;
};

}  // namespace medimeet::audit
