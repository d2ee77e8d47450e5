#pragma once

#include <soci/session.h>

#include <functional>
#include <vector>

namespace medimeet::storage {

// One write transaction, as Database::write hands it to its work: the session the statements
// run on, and what must happen only once the data is safe (waking the outbox's worker, later
// pushing a real-time event). Converts to the session, so repositories taking a soci::session&
// accept it as it is.
class Transaction {
 public:
  explicit Transaction(soci::session& sql) : sql_(sql) {}
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  soci::session& sql() { return sql_; }
  operator soci::session&() { return sql_; }

  // Runs `hook` after COMMIT succeeded, in the order registered; never when the transaction
  // rolls back. A hook that throws is logged and does not stop the others: the data is
  // committed by then, and the caller's result stands.
  void after_commit(std::function<void()> hook) { hooks_.push_back(std::move(hook)); }

 private:
  friend class Database;
  void run_after_commit() noexcept;

  soci::session& sql_;
  std::vector<std::function<void()>> hooks_;
};

}  // namespace medimeet::storage
