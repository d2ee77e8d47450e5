// storage::Query binds each value where it is appended, strings and numbers mixed in any order,
// on SQLite and PostgreSQL; execute_counting_rows says how many rows a change touched.
#include "storage/query.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <vector>

#include "common/embedded_file.hpp"
#include "storage/database.hpp"
#include "storage/migrations.hpp"
#include "test_database.hpp"

namespace medimeet::storage {
namespace {

using testing::TestBackend;

class QueryTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  QueryTest() : database_(testing::fresh_database_url(GetParam()), 2) {
    migrate(database_, embedded_migrations());
    database_.write([](soci::session& sql) {
      for (const auto& [key, attempts] : std::vector<std::pair<std::string, int>>{{"a", 1}, {"b", 2}, {"c", 3}}) {
        sql << "INSERT INTO attempt_counters (scope_key, attempts, window_started_at) VALUES (:k, :a, 0)",
            soci::use(key), soci::use(attempts);
      }
    });
  }
  Database database_;
};

TEST_P(QueryTest, BindsNumbersAndStringsInTheOrderTheyAppear) {
  Query query("SELECT COUNT(*) FROM attempt_counters WHERE attempts >= ");
  query.bind(2LL).append(" AND scope_key <> ").bind(std::string("c")).append(" AND attempts < ").bind(10LL);
  const long long count = database_.read([&](soci::session& sql) { return select_number(sql, query); });
  EXPECT_EQ(count, 1);  // only "b"
  EXPECT_EQ(query.text(),
            "SELECT COUNT(*) FROM attempt_counters WHERE attempts >= :p0 AND scope_key <> :p1 AND attempts < :p2");
}

TEST_P(QueryTest, CountsTheRowsAChangeTouched) {
  const auto changed = database_.write([](soci::session& sql) {
    return execute_counting_rows(
        sql, Query("UPDATE attempt_counters SET attempts = 0 WHERE attempts > ").bind(1LL));
  });
  EXPECT_EQ(changed, 2);
  const auto none = database_.write([](soci::session& sql) {
    return execute_counting_rows(sql, Query("DELETE FROM attempt_counters WHERE scope_key = ").bind(std::string("z")));
  });
  EXPECT_EQ(none, 0);
}

TEST_P(QueryTest, BindsAnInListAmongOtherValues) {
  Query query("SELECT COUNT(*) FROM attempt_counters WHERE scope_key IN (");
  query.bind_list({"a", "c", "z"}).append(") AND attempts > ").bind(1LL);
  EXPECT_EQ(database_.read([&](soci::session& sql) { return select_number(sql, query); }), 1);  // only "c"
  EXPECT_EQ(query.text(), "SELECT COUNT(*) FROM attempt_counters WHERE scope_key IN (:p0, :p1, :p2) AND attempts > :p3");
}

TEST_P(QueryTest, AQueryPlanKeepsTheQuerysBinds) {
  Query query("SELECT scope_key FROM attempt_counters WHERE scope_key = ");
  query.bind(std::string("a"));
  const auto plan = database_.read([&](soci::session& sql) { return query_plan(sql, database_.backend(), query); });
  ASSERT_FALSE(plan.empty());
  EXPECT_EQ(query.text(), "SELECT scope_key FROM attempt_counters WHERE scope_key = :p0");  // a copy was explained
}

INSTANTIATE_TEST_SUITE_P(Backends, QueryTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet::storage
