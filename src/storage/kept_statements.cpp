#include "storage/kept_statements.hpp"

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <mutex>

namespace medimeet::storage {
namespace {

// Which statements each open pooled connection keeps, by its backend: a session leased from a
// pool shares the pooled session's backend, so the key finds them from any lease.
struct Registry {
  std::mutex mutex;
  std::unordered_map<const soci::details::session_backend*, KeptStatements*> by_connection;
};

Registry& registry() {
  static Registry instance;
  return instance;
}

soci::statement prepared(soci::session& sql, const std::string& text, soci::details::statement_type type) {
  soci::statement statement(sql);
  statement.alloc();
  statement.prepare(text, type);
  return statement;
}

}  // namespace

KeptStatements::KeptStatements(soci::session& connection)
    : connection_(connection), sqlite_(connection.get_backend_name() == "sqlite3") {
  auto& known = registry();
  std::lock_guard lock(known.mutex);
  known.by_connection[connection_.get_backend()] = this;
}

KeptStatements::~KeptStatements() {
  {
    auto& known = registry();
    std::lock_guard lock(known.mutex);
    known.by_connection.erase(connection_.get_backend());
  }
  by_text_.clear();
  entries_.clear();  // finalized (SQLite) or deallocated (PostgreSQL) while the connection is open
}

KeptStatements* KeptStatements::of(soci::session& sql) {
  auto& known = registry();
  std::lock_guard lock(known.mutex);
  const auto found = known.by_connection.find(sql.get_backend());
  return found == known.by_connection.end() ? nullptr : found->second;
}

KeptStatements::Entry* KeptStatements::lease(const std::string& text) {
  if (const auto found = by_text_.find(text); found != by_text_.end()) {
    entries_.splice(entries_.begin(), entries_, found->second);
    return found->second->leased ? nullptr : &*found->second;
  }
  if (entries_.size() >= kCapacity) {
    for (auto oldest = std::prev(entries_.end());; --oldest) {
      if (!oldest->leased) {
        by_text_.erase(oldest->text);
        entries_.erase(oldest);
        break;
      }
      if (oldest == entries_.begin()) break;
    }
  }
  // Prepared on the pooled session, which outlives the lease the caller holds.
  entries_.push_front(Entry{text, prepared(connection_, text, soci::details::st_repeatable_query), sqlite_});
  by_text_.emplace(text, entries_.begin());
  return &entries_.front();
}

KeptStatement::KeptStatement(soci::session& sql, const std::string& text)
    : KeptStatement([&]() -> KeptStatements::Entry* {
        auto* kept = KeptStatements::of(sql);
        return kept ? kept->lease(text) : nullptr;
      }(), sql, text) {}

KeptStatement::KeptStatement(KeptStatements::Entry* kept, soci::session& sql, const std::string& text)
    : kept_(kept),
      statement_(kept ? kept->statement : prepared(sql, text, soci::details::st_one_time_query)) {
  if (kept_) kept_->leased = true;
}

KeptStatement::~KeptStatement() {
  if (!kept_) return;
  statement_.bind_clean_up();
  if (kept_->sqlite) {
    auto* statement = static_cast<soci::sqlite3_statement_backend*>(statement_.get_backend())->stmt_;
    sqlite_api::sqlite3_reset(statement);
    sqlite_api::sqlite3_clear_bindings(statement);
  }
  kept_->leased = false;
}

}  // namespace medimeet::storage
