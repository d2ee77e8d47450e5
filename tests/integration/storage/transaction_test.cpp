// Transaction::after_commit: hooks run once the data is committed (another connection sees it
// from inside the hook), in order, never after a rollback, and one failing hook spoils nothing.
#include "storage/transaction.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "common/embedded_file.hpp"
#include "storage/database.hpp"
#include "storage/migrations.hpp"
#include "scratch_rows.hpp"
#include "test_database.hpp"

namespace medimeet::storage {
namespace {

using testing::TestBackend;

class TransactionTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  TransactionTest() : database_(testing::fresh_database_url(GetParam()), 4) {
    migrate(database_, embedded_migrations());
  }

  long long counters() { return testing::count_scratch_rows(database_); }
  static void insert_counter(soci::session& sql, const std::string& key) { testing::insert_scratch_row(sql, key); }

  Database database_;
};

TEST_P(TransactionTest, HooksRunAfterTheCommitInOrder) {
  std::vector<std::string> ran;
  long long seen_by_another_connection = -1;
  const int result = database_.write([&](Transaction& transaction) {
    insert_counter(transaction.sql(), "a");
    transaction.after_commit([&] {
      seen_by_another_connection = counters();
      ran.push_back("first");
    });
    transaction.after_commit([&] { ran.push_back("second"); });
    EXPECT_TRUE(ran.empty());  // not yet: nothing is committed
    return 42;
  });
  EXPECT_EQ(result, 42);
  EXPECT_EQ(ran, (std::vector<std::string>{"first", "second"}));
  EXPECT_EQ(seen_by_another_connection, 1);
}

TEST_P(TransactionTest, HooksNeverRunAfterARollback) {
  bool ran = false;
  EXPECT_THROW(database_.write([&](Transaction& transaction) {
    insert_counter(transaction.sql(), "a");
    transaction.after_commit([&] { ran = true; });
    throw std::runtime_error("the use case failed");
  }),
               std::runtime_error);
  EXPECT_FALSE(ran);
  EXPECT_EQ(counters(), 0);
}

TEST_P(TransactionTest, HooksRegisteredBeforeAFailingStatementNeverRun) {
  bool ran = false;
  database_.write([](soci::session& sql) { insert_counter(sql, "a"); });
  EXPECT_ANY_THROW(database_.write([&](Transaction& transaction) {
    transaction.after_commit([&] { ran = true; });
    insert_counter(transaction, "a");
  }));
  EXPECT_FALSE(ran);
  EXPECT_EQ(counters(), 1);
}

TEST_P(TransactionTest, AFailingHookStopsNeitherTheOthersNorTheResult) {
  bool later_ran = false;
  database_.write([&](Transaction& transaction) {
    insert_counter(transaction, "a");
    transaction.after_commit([] { throw std::runtime_error("the wake failed"); });
    transaction.after_commit([&] { later_ran = true; });
  });
  EXPECT_TRUE(later_ran);
  EXPECT_EQ(counters(), 1);
}

TEST_P(TransactionTest, WorkTakingASessionStillRuns) {
  database_.write([](soci::session& sql) { insert_counter(sql, "a"); });
  EXPECT_EQ(counters(), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, TransactionTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet::storage
