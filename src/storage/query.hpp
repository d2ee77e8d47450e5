#pragma once

#include <soci/session.h>
#include <soci/statement.h>

#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace medimeet::storage {

// SQL written piece by piece with each bound value placed where it appears, whatever its type:
//   Query query("SELECT ... FROM appointments a WHERE 1 = 1");
//   if (filter.doctor_id) query.append(" AND a.doctor_id = ").bind(*filter.doctor_id);
//   if (filter.from) query.append(" AND a.appointment_date >= ").bind(to_epoch_ms(*filter.from));
// so no caller has to keep strings and numbers in two lists bound in a fixed order.
class Query {
 public:
  explicit Query(std::string_view sql = {}) : sql_(sql) {}

  Query& append(std::string_view sql);
  // Appends a placeholder for `value`.
  Query& bind(std::string value);
  Query& bind(long long value);
  // Appends "a, b, c" placeholders for an IN list (the list must not be empty).
  Query& bind_list(const std::vector<std::string>& values);
  // Puts `sql` before the text written so far ("EXPLAIN "): the bound values are unchanged.
  Query& prepend(std::string_view sql);

  const std::string& text() const { return sql_; }

  // Binds the values to `statement`, a KeptStatement for this query's text whose intos the caller
  // has exchanged, and makes it ready to execute. The values are bound by reference: the query
  // must outlive the statement's execution.
  void bind_to(soci::statement& statement) const;

 private:
  std::string sql_;
  std::deque<std::variant<std::string, long long>> values_;  // a deque: bound addresses stay put
};

// A LIKE pattern for text containing `term`, its % _ and \ escaped (write ESCAPE '\' after it).
std::string like_containing(std::string_view term);

// Runs a query answering one number (SELECT COUNT(*) …); 0 when it returns no row.
long long select_number(soci::session& sql, const Query& query);

// Runs a query answering one text (SELECT id … LIMIT 1); nullopt when it returns no row or NULL.
std::optional<std::string> select_text(soci::session& sql, const Query& query);

// Calls `each` with every id of `table` (a table of the caller's module with a TEXT `id` key),
// in order, reading them a page at a time so no table is held whole: an export's walk.
void for_each_id(soci::session& sql, std::string_view table, const std::function<void(const std::string& id)>& each);

// Runs a query that changes rows (INSERT, UPDATE, DELETE); returns how many it changed.
long long execute_counting_rows(soci::session& sql, const Query& query);

}  // namespace medimeet::storage
