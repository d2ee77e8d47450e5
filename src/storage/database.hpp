#pragma once

#include <soci/connection-pool.h>
#include <soci/session.h>
#include <soci/statement.h>

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
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
    Lease lease(*this);
    return work(lease.sql());
  }

  // Runs `work(soci::session&)` in a read-only transaction that sees one consistent state of the
  // database from its first statement to its last, while others keep writing (an export).
  template <class Work>
  decltype(auto) read_snapshot(Work&& work) {
    Lease lease(*this);
    begin_snapshot(lease.sql());
    try {
      if constexpr (std::is_void_v<std::invoke_result_t<Work&, soci::session&>>) {
        work(lease.sql());
        rollback(lease.sql());
      } else {
        auto result = work(lease.sql());
        rollback(lease.sql());
        return result;
      }
    } catch (...) {
      rollback(lease.sql());
      throw;
    }
  }

  // Runs `work(Transaction&)` in one transaction: committed when it returns, rolled back when
  // it throws (the exception passes to the caller); then the transaction's after-commit hooks
  // run (only after a commit). `work` may take a soci::session& instead.
  // On SQLite this process's writes are committed in groups: while one group commits, the
  // writes that arrive queue; the next group runs them one after the other in one transaction,
  // each in a savepoint of its own (one that throws is rolled back alone), and makes them
  // durable with a single commit, so a write costs its statements and a share of one fsync.
  // Each caller returns only once its group is committed. The write lock is taken up front
  // (BEGIN IMMEDIATE), so another process's writer waits rather than deadlocks.
  template <class Work>
  auto write(Work&& work) {
    using Result = std::invoke_result_t<Work&, Transaction&>;
    if constexpr (std::is_void_v<Result>) {
      commit_write([&](Transaction& transaction) { work(transaction); });
    } else {
      std::optional<std::remove_cvref_t<Result>> result;
      commit_write([&](Transaction& transaction) { result.emplace(work(transaction)); });
      return std::move(*result);
    }
  }

  // How many writes wait for the next group to be committed (SQLite; 0 on PostgreSQL).
  std::size_t queued_writes();

  // True when the database answers a trivial query.
  bool ping();

 private:
  // A pooled connection for one read or group of writes. One that finds every connection taken
  // is counted as a wait, with how long it took (metrics).
  class Lease {
   public:
    explicit Lease(Database& database);
    ~Lease();
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    soci::session& sql() { return *session_; }

   private:
    Database& database_;
    std::optional<soci::session> session_;
  };

  // A write waiting for its group: its work, then what became of it.
  struct QueuedWrite {
    const std::function<void(Transaction&)>& work;
    std::optional<Transaction> transaction;  // on the group's connection; holds the work's hooks
    std::exception_ptr error;
    bool finished = false;
    bool leads = false;  // handed the next group by the caller that committed the last one
    std::condition_variable woken;  // only this caller waits on it: no wakeup is wasted
  };

  // Runs `work` in a committed transaction (grouped on SQLite), rethrows what it threw, then
  // runs its after-commit hooks.
  void commit_write(const std::function<void(Transaction&)>& work);
  // Runs `group` in one transaction on one connection, each write in a savepoint.
  void commit_group(const std::vector<QueuedWrite*>& group);
  void begin(soci::session& sql);
  void begin_snapshot(soci::session& sql);
  static void rollback(soci::session& sql) noexcept;

  Backend backend_;
  soci::connection_pool pool_;
  const std::size_t pool_size_;
  std::atomic<std::size_t> leased_{0};
  // SQLite: the writes waiting for the next group, and whether a group is being committed.
  std::mutex queue_mutex_;
  std::vector<QueuedWrite*> queued_writes_;
  bool committing_ = false;
  // One per connection; declared after the connections so they go before these close.
  std::vector<std::unique_ptr<KeptStatements>> kept_statements_;
};

// The backend `sql` is connected to.
Backend backend_of(const soci::session& sql);
// The backend of a database URL (sqlite:///abs/path.db, postgresql://...); throws
// std::runtime_error for any other.
Backend backend_of(const std::string& url);
// The file of an sqlite:// URL; throws std::runtime_error for any other.
std::string sqlite_path_of(const std::string& url);

// True when `error` is a violated UNIQUE or PRIMARY KEY constraint, on either backend.
bool is_unique_violation(const std::exception& error);

// "postgresql://user:secret@host:5432/db?sslmode=require" as libpq key='value' pairs (SOCI
// does not pass URIs through intact).
std::string postgres_connection_string(const std::string& url);

// How the database would run `query`, one line per plan step: EXPLAIN QUERY PLAN on SQLite,
// EXPLAIN on PostgreSQL. For benchmarks and diagnosis.
std::vector<std::string> query_plan(soci::session& sql, Backend backend, Query query);

}  // namespace medimeet::storage
