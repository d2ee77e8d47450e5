// Each pooled connection keeps the statements it runs prepared, and a kept statement behaves as a
// fresh one would: it reads the database as it is now, lets go of everything when its run ends
// (even a run read half-way or one that failed), and is never shared by two runs at once.
#include "storage/kept_statements.hpp"

#include <gtest/gtest.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "storage/database.hpp"
#include "storage/query.hpp"
#include "test_database.hpp"

namespace medimeet::storage {
namespace {

using testing::TestBackend;

class KeptStatementsTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  // One connection, so every run below goes through the same connection's statements.
  KeptStatementsTest() : url_(testing::fresh_database_url(GetParam())), database_(url_, 1) {
    database_.write([](soci::session& sql) {
      sql << "CREATE TABLE counter (id INTEGER PRIMARY KEY, value BIGINT NOT NULL)";
      sql << "INSERT INTO counter (id, value) VALUES (1, 1)";
      sql << "INSERT INTO counter (id, value) VALUES (2, 20)";
      sql << "INSERT INTO counter (id, value) VALUES (3, 300)";
    });
  }

  // How many statements whose text contains `fragment` the connection holds prepared: SQLite's
  // own list of unfinalized statements, PostgreSQL's pg_prepared_statements.
  long long kept_on_connection(const std::string& fragment) {
    return database_.read([&](soci::session& sql) {
      long long count = 0;
      if (backend_of(sql) == Backend::sqlite) {
        auto* connection = static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_;
        for (auto* statement = sqlite_api::sqlite3_next_stmt(connection, nullptr); statement != nullptr;
             statement = sqlite_api::sqlite3_next_stmt(connection, statement)) {
          if (std::string(sqlite_api::sqlite3_sql(statement)).find(fragment) != std::string::npos) ++count;
        }
      } else {
        const std::string pattern = "%" + fragment + "%";
        sql << "SELECT COUNT(*) FROM pg_prepared_statements WHERE statement LIKE :p", soci::use(pattern),
            soci::into(count);
      }
      return count;
    });
  }

  long long value_of(long long id) {
    return database_.read([&](soci::session& sql) {
      long long value = 0;
      run(sql, "SELECT value FROM counter WHERE id = :id", soci::use(id), soci::into(value));
      return value;
    });
  }

  // A commit by another process's connection.
  void add_elsewhere(long long id, long long amount) {
    Database other(url_, 1);
    other.write([&](soci::session& sql) {
      sql << "UPDATE counter SET value = value + :a WHERE id = :id", soci::use(amount), soci::use(id);
    });
  }

  std::string url_;
  Database database_;
};

TEST_P(KeptStatementsTest, AStatementIsPreparedOnceAndKeptByItsConnection) {
  EXPECT_EQ(kept_on_connection("FROM counter WHERE id"), 0);
  for (long long id = 1; id <= 3; ++id) value_of(id);
  EXPECT_EQ(kept_on_connection("FROM counter WHERE id"), 1);
  EXPECT_EQ(value_of(2), 20);
  EXPECT_EQ(kept_on_connection("FROM counter WHERE id"), 1);
}

TEST_P(KeptStatementsTest, EachRunReadsTheDatabaseAsItIsNowOnEveryConnection) {
  Database pooled(url_, 3);
  const Query query("SELECT value FROM counter WHERE id = 1");
  // More runs than connections, so that each connection runs its kept statement again.
  for (long long value = 1; value <= 12; ++value) {
    EXPECT_EQ(pooled.read([&](soci::session& sql) { return select_number(sql, query); }), value);
    add_elsewhere(1, 1);
  }
  EXPECT_EQ(pooled.read([](soci::session& sql) { return select_number(sql, Query("SELECT value FROM counter WHERE id = 9")); }), 0);
}

TEST_P(KeptStatementsTest, ARunReadHalfWayHoldsNoSnapshot) {
  const std::string all = "SELECT value FROM counter ORDER BY id";
  auto first_value = [&] {
    return database_.read([&](soci::session& sql) {
      long long value = 0;
      KeptStatement statement(sql, all, soci::into(value));
      statement->execute(true);  // one row of three read; the lease ends here
      return value;
    });
  };
  EXPECT_EQ(first_value(), 1);
  add_elsewhere(1, 10);
  EXPECT_EQ(first_value(), 11);
  EXPECT_EQ(value_of(1), 11);
}

TEST_P(KeptStatementsTest, AFailedRunLeavesTheStatementReadyForTheNext) {
  const std::string insert = "INSERT INTO counter (id, value) VALUES (:id, 0)";
  auto add = [&](long long id) { database_.write([&](soci::session& sql) { run(sql, insert, soci::use(id)); }); };
  EXPECT_THROW(add(1), std::exception);  // that id is taken
  add(4);
  EXPECT_EQ(value_of(4), 0);
  EXPECT_EQ(kept_on_connection("INSERT INTO counter"), 1);
}

TEST_P(KeptStatementsTest, AStatementPreparedInARolledBackTransactionIsStillKept) {
  const std::string bump = "UPDATE counter SET value = value + 1 WHERE id = :id";
  const long long id = 2;
  EXPECT_THROW(database_.write([&](soci::session& sql) {
    run(sql, bump, soci::use(id));
    throw std::runtime_error("changed my mind");
  }),
               std::runtime_error);
  EXPECT_EQ(value_of(2), 20);
  database_.write([&](soci::session& sql) { run(sql, bump, soci::use(id)); });
  EXPECT_EQ(value_of(2), 21);
}

TEST_P(KeptStatementsTest, TheSameTextRunWhileItsStatementIsInUseGetsOneOfItsOwn) {
  const std::string all = "SELECT id, value FROM counter ORDER BY id";
  database_.read([&](soci::session& sql) {
    long long id = 0;
    long long value = 0;
    std::vector<std::pair<long long, long long>> pairs;
    KeptStatement outer(sql, all, soci::into(id), soci::into(value));
    outer->execute(true);
    do {
      long long inner_id = 0;
      long long inner_value = 0;
      run(sql, all, soci::into(inner_id), soci::into(inner_value));
      EXPECT_EQ(inner_id, 1);
      pairs.emplace_back(id, value);
    } while (outer->fetch());
    EXPECT_EQ(pairs, (std::vector<std::pair<long long, long long>>{{1, 1}, {2, 20}, {3, 300}}));
  });
  EXPECT_EQ(kept_on_connection("SELECT id, value FROM counter"), 1);
}

TEST_P(KeptStatementsTest, KeepsTheMostRecentlyUsedUpToItsCapacity) {
  const auto distinct = static_cast<long long>(KeptStatements::kCapacity) + 10;
  auto plus = [&](long long n) {
    return database_.read([&](soci::session& sql) {
      return select_number(sql, Query("SELECT value + " + std::to_string(n) + " FROM counter WHERE id = 1"));
    });
  };
  for (long long n = 0; n < distinct; ++n) EXPECT_EQ(plus(n), 1 + n);
  EXPECT_LE(kept_on_connection("SELECT value + "), static_cast<long long>(KeptStatements::kCapacity));
  EXPECT_EQ(plus(0), 1);  // forgotten, then prepared again
}

TEST_P(KeptStatementsTest, AConnectionOpenedOutsideDatabaseRunsEachStatementOnce) {
  soci::session own;
  if (GetParam() == TestBackend::sqlite) {
    own.open(soci::sqlite3, "db=\"" + url_.substr(std::string("sqlite://").size()) + "\"");
  } else {
    own.open(soci::postgresql, postgres_connection_string(url_));
  }
  long long value = 0;
  const long long id = 3;
  EXPECT_TRUE(run(own, "SELECT value FROM counter WHERE id = :id", soci::use(id), soci::into(value)));
  EXPECT_EQ(value, 300);
  EXPECT_FALSE(run(own, "SELECT value FROM counter WHERE id = 99", soci::into(value)));
}

INSTANTIATE_TEST_SUITE_P(Backends, KeptStatementsTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet::storage
