#pragma once

#include <soci/session.h>
#include <soci/statement.h>

#include <cstddef>
#include <list>
#include <string>
#include <unordered_map>
#include <utility>

namespace medimeet::storage {

// The statements one connection keeps prepared, by SQL text, so that a statement run again is
// neither parsed nor planned again (SQLite's prepare was a third of a booking's time; PostgreSQL
// parsed and planned every statement anew). Holds the `kCapacity` most recently used. Database
// makes one per pooled connection; only the thread holding that connection uses it.
class KeptStatements {
 public:
  static constexpr std::size_t kCapacity = 128;

  // Keeps statements on `connection`, a pooled session that outlives this object, and lets
  // KeptStatement find them from any session leased on that connection.
  explicit KeptStatements(soci::session& connection);
  ~KeptStatements();
  KeptStatements(const KeptStatements&) = delete;
  KeptStatements& operator=(const KeptStatements&) = delete;

 private:
  friend class KeptStatement;
  struct Entry {
    std::string text;
    soci::statement statement;
    bool sqlite;  // to be reset when given back
    bool leased = false;
  };

  // The kept statement for `text`, prepared now if it is not yet kept; nullptr while it is leased.
  Entry* lease(const std::string& text);
  // The statements kept for the connection `sql` is leased on; nullptr for a connection that
  // keeps none (one opened outside Database).
  static KeptStatements* of(soci::session& sql);

  soci::session& connection_;
  const bool sqlite_;
  std::list<Entry> entries_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> by_text_;
};

// A statement leased for one run: the one its connection keeps for the text when there is one,
// else one prepared for this run only. Given its intos and uses (soci::into, soci::use), it binds
// them; else the caller exchanges them and calls `define_and_bind()`. Then execute and fetch. When
// the lease ends the statement lets go of its bindings and, on SQLite, is reset, so it holds no
// read snapshot (a statement left mid-way would pin the database as it was then).
class KeptStatement {
 public:
  KeptStatement(soci::session& sql, const std::string& text);
  template <class Binding, class... Bindings>
  KeptStatement(soci::session& sql, const std::string& text, Binding&& binding, Bindings&&... bindings)
      : KeptStatement(sql, text) {
    statement_.exchange(std::forward<Binding>(binding));
    (statement_.exchange(std::forward<Bindings>(bindings)), ...);
    statement_.define_and_bind();
  }
  ~KeptStatement();
  KeptStatement(const KeptStatement&) = delete;
  KeptStatement& operator=(const KeptStatement&) = delete;

  soci::statement& operator*() { return statement_; }
  soci::statement* operator->() { return &statement_; }

 private:
  KeptStatement(KeptStatements::Entry* kept, soci::session& sql, const std::string& text);

  KeptStatements::Entry* kept_;
  soci::statement statement_;
};

// Runs `text` once with `bindings` (soci::into and soci::use, in any order) on the statement its
// connection keeps, as `sql << text, bindings...;` would:
//   storage::run(sql, "SELECT name FROM users WHERE id = :id", soci::into(name), soci::use(id));
// True when it returned a row into the intos.
template <class... Bindings>
bool run(soci::session& sql, const std::string& text, Bindings&&... bindings) {
  KeptStatement statement(sql, text, std::forward<Bindings>(bindings)...);
  if constexpr (sizeof...(Bindings) == 0) statement->define_and_bind();
  return statement->execute(true);
}

}  // namespace medimeet::storage
