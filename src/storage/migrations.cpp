#include "storage/migrations.hpp"

#include <soci/soci.h>
#include <spdlog/spdlog.h>

#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace medimeet::storage {
namespace {

// A statement of a migration file, and the backend it is for (nullopt: both).
struct Statement {
  std::string sql;
  std::optional<Backend> only;
};

// Migration files hold plain statements, each ending with ";" at the end of a line. A comment
// line "-- only: sqlite" (or "postgresql") before a statement keeps it to that backend, for what
// the two spell differently (full-text indexes, trigger bodies).
std::vector<Statement> split_statements(std::string_view script) {
  constexpr std::string_view kOnly = "-- only: ";
  std::vector<Statement> statements;
  Statement current;
  std::size_t start = 0;
  while (start < script.size()) {
    auto end = script.find('\n', start);
    if (end == std::string_view::npos) end = script.size();
    std::string_view line = script.substr(start, end - start);
    start = end + 1;
    auto first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) continue;
    line = line.substr(first, line.find_last_not_of(" \t\r") + 1 - first);
    if (line.starts_with(kOnly)) {
      const auto backend = line.substr(kOnly.size());
      if (backend != "sqlite" && backend != "postgresql") {
        throw std::runtime_error("unknown backend in a migration: " + std::string(backend));
      }
      current.only = backend == "sqlite" ? Backend::sqlite : Backend::postgresql;
      continue;
    }
    if (line.starts_with("--")) continue;
    current.sql.append(line).push_back('\n');
    if (line.back() == ';') {
      current.sql.erase(current.sql.find_last_of(';'));
      statements.push_back(std::move(current));
      current = {};
    }
  }
  if (current.sql.find_first_not_of(" \t\r\n") != std::string::npos) statements.push_back(std::move(current));
  return statements;
}

int version_of(std::string_view name) {
  return std::stoi(std::string(name.substr(0, name.find('_'))));
}

}  // namespace

int migrate(Database& database, std::span<const EmbeddedFile> migrations) {
  return database.write([&](soci::session& sql) {
    if (database.backend() == Backend::postgresql) {
      sql << "SELECT pg_advisory_xact_lock(7270001)";
    }
    sql << "CREATE TABLE IF NOT EXISTS schema_migrations ("
           "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)";
    std::set<int> applied;
    {
      int version = 0;
      soci::statement query = (sql.prepare << "SELECT version FROM schema_migrations",
                               soci::into(version));
      query.execute();
      while (query.fetch()) applied.insert(version);
    }
    int count = 0;
    for (const auto& migration : migrations) {
      const int version = version_of(migration.name);
      if (applied.contains(version)) continue;
      for (const auto& statement : split_statements(migration.content)) {
        if (!statement.only || statement.only == database.backend()) sql << statement.sql;
      }
      const std::string name(migration.name);
      const long long now = std::chrono::duration_cast<std::chrono::milliseconds>(
                                std::chrono::system_clock::now().time_since_epoch())
                                .count();
      sql << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)",
          soci::use(version), soci::use(name), soci::use(now);
      spdlog::info("applied migration {}", name);
      ++count;
    }
    return count;
  });
}

}  // namespace medimeet::storage
