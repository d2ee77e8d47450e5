#pragma once

#include <soci/connection-pool.h>
#include <soci/session.h>
#include <soci/statement.h>

#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "storage/kept_statements.hpp"
#include "storage/query.hpp"
#include "storage/transaction.hpp"

namespace medimeet::storage {

enum class Backend { sqlite, postgresql };

// A pool of connections to SQLite ("sqlite:///abs/path.db") or PostgreSQL
// ("postgresql://user@host:port/db", passed to libpq as is). Every SQLite connection runs in WAL
// mode with synchronous=FULL, foreign keys on and a busy timeout, so a committed write survives
// a crash and concurrent writers wait instead of failing.
class Database {
 public:
  // Throws std::runtime_error for an unknown scheme or a database that cannot be opened.
  Database(const std::string& url, std::size_t pool_size);
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Backend backend() const { return backend_; }

  // Runs `work(soci::session&)` on a pooled connection, each statement on its own.
  template <class Work>
  decltype(auto) read(Work&& work) {
    soci::session sql(pool_);
    return work(sql);
  }

  // Runs `work(Transaction&)` in one transaction: committed when it returns, rolled back when
  // it throws; then the transaction's after-commit hooks run (only after a commit). `work` may
  // take a soci::session& instead. On SQLite the write lock is taken up front (BEGIN IMMEDIATE)
  // so two writers never deadlock upgrading a read lock, and this process's writers queue on a
  // mutex first: SQLite's busy handler would make them sleep and retry, which under load leaves
  // some waiting for seconds while others pass.
  template <class Work>
  auto write(Work&& work) {
    std::unique_lock<std::mutex> writing(writer_, std::defer_lock);
    if (backend_ == Backend::sqlite) writing.lock();
    soci::session sql(pool_);
    Transaction transaction(sql);
    begin(sql);
    if constexpr (std::is_void_v<decltype(work(transaction))>) {
      run_or_roll_back(sql, [&] { work(transaction); });
      if (writing.owns_lock()) writing.unlock();
      transaction.run_after_commit();
    } else {
      std::optional<std::remove_cvref_t<decltype(work(transaction))>> result;
      run_or_roll_back(sql, [&] { result.emplace(work(transaction)); });
      if (writing.owns_lock()) writing.unlock();
      transaction.run_after_commit();
      return std::move(*result);
    }
  }

  // True when the database answers a trivial query.
  bool ping();

 private:
  void begin(soci::session& sql);
  static void rollback(soci::session& sql) noexcept;
  // Runs `work`, then COMMIT; rolls back and rethrows when either throws.
  template <class Work>
  static void run_or_roll_back(soci::session& sql, Work&& work) {
    try {
      work();
      sql << "COMMIT";
    } catch (...) {
      rollback(sql);
      throw;
    }
  }

  Backend backend_;
  soci::connection_pool pool_;
  std::mutex writer_;  // SQLite: one writing transaction of this process at a time
  // One per pooled connection; declared after the pool so they go before the connections close.
  std::vector<std::unique_ptr<KeptStatements>> kept_statements_;
};

// The backend `sql` is connected to.
Backend backend_of(const soci::session& sql);

// True when `error` is a violated UNIQUE or PRIMARY KEY constraint, on either backend.
bool is_unique_violation(const std::exception& error);

// "postgresql://user:secret@host:5432/db?sslmode=require" as libpq key='value' pairs (SOCI
// does not pass URIs through intact).
std::string postgres_connection_string(const std::string& url);

// How the database would run `query`, one line per plan step: EXPLAIN QUERY PLAN on SQLite,
// EXPLAIN on PostgreSQL. For benchmarks and diagnosis.
std::vector<std::string> query_plan(soci::session& sql, Backend backend, Query query);

}  // namespace medimeet::storage
