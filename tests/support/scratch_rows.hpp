#pragma once

#include <soci/soci.h>

#include <string>

#include "storage/database.hpp"

namespace medimeet::testing {

// Rows any migrated database can take without other rows around them (attempt counters), for
// the storage tests that need to see whether a write was kept.
inline void insert_scratch_row(soci::session& sql, const std::string& key) {
  sql << "INSERT INTO attempt_counters (scope_key, attempts, window_started_at) VALUES (:k, 1, 0)", soci::use(key);
}

// Counted on a connection of its own, outside any writer's transaction.
inline long long count_scratch_rows(storage::Database& database) {
  return database.read([](soci::session& sql) {
    long long n = 0;
    sql << "SELECT COUNT(*) FROM attempt_counters", soci::into(n);
    return n;
  });
}

}  // namespace medimeet::testing
