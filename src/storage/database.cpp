#include "storage/database.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sqlite3.h>

#include <stdexcept>

namespace medimeet::storage {
namespace {

constexpr std::string_view kSqliteScheme = "sqlite://";

Backend backend_of(const std::string& url) {
  if (url.starts_with(kSqliteScheme)) return Backend::sqlite;
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return Backend::postgresql;
  }
  throw std::runtime_error(
      "unsupported database URL (use sqlite:///abs/path.db or postgresql://...)");
}

void open_sqlite(soci::session& sql, const std::string& path) {
  sql.open(soci::sqlite3, "db=\"" + path + "\" timeout=10");
  std::string mode;
  sql << "PRAGMA journal_mode=WAL", soci::into(mode);
  sql << "PRAGMA synchronous=FULL";
  sql << "PRAGMA foreign_keys=ON";
  sql << "PRAGMA busy_timeout=10000";
}

}  // namespace

Database::Database(const std::string& url, std::size_t pool_size)
    : backend_(backend_of(url)), pool_(pool_size) {
  for (std::size_t i = 0; i < pool_size; ++i) {
    auto& sql = pool_.at(i);
    if (backend_ == Backend::sqlite) {
      open_sqlite(sql, url.substr(kSqliteScheme.size()));
    } else {
      sql.open(soci::postgresql, url);
    }
  }
}

void Database::begin(soci::session& sql) {
  sql << (backend_ == Backend::sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
}

void Database::rollback(soci::session& sql) noexcept {
  try {
    sql << "ROLLBACK";
  } catch (...) {
    // The connection may already have aborted the transaction; nothing more to undo.
  }
}

bool Database::ping() {
  try {
    int one = 0;
    read([&](soci::session& sql) { sql << "SELECT 1", soci::into(one); });
    return one == 1;
  } catch (const std::exception&) {
    return false;
  }
}

bool is_unique_violation(const std::exception& error) {
  if (const auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&error)) {
    return pg->sqlstate() == "23505";
  }
  if (const auto* lite = dynamic_cast<const soci::sqlite3_soci_error*>(&error)) {
    const std::string_view message = lite->what();
    return lite->result() == SQLITE_CONSTRAINT &&
           (message.find("UNIQUE") != std::string_view::npos ||
            message.find("PRIMARY KEY") != std::string_view::npos);
  }
  return false;
}

long long affected_rows(soci::statement& statement) {
  return statement.get_affected_rows();
}

}  // namespace medimeet::storage
