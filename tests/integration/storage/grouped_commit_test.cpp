// Database::write commits SQLite writes in groups: writes that queue while a group commits share
// the next commit, each still rolled back alone when it throws, each caller answered only once
// its write is committed. On PostgreSQL every write is a transaction of its own; the outcome
// for callers is the same on both.
#include <gtest/gtest.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <atomic>
#include <future>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "common/embedded_file.hpp"
#include "scratch_rows.hpp"
#include "storage/database.hpp"
#include "storage/migrations.hpp"
#include "test_database.hpp"

namespace medimeet::storage {
namespace {

using testing::TestBackend;

long long rows_with_key(Database& database, const std::string& key) {
  return database.read([&](soci::session& sql) {
    long long n = 0;
    sql << "SELECT COUNT(*) FROM attempt_counters WHERE scope_key = :k", soci::use(key), soci::into(n);
    return n;
  });
}

class GroupedCommitTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  GroupedCommitTest() : database_(testing::fresh_database_url(GetParam()), 4) {
    migrate(database_, embedded_migrations());
  }
  Database database_;
};

TEST_P(GroupedCommitTest, ConcurrentWritesAllCommitAndAFailingOneLosesOnlyItsOwnChanges) {
  constexpr int kThreads = 8;
  constexpr int kWrites = 40;
  std::atomic<int> committed_hooks{0};
  std::atomic<int> refused{0};
  std::vector<std::thread> writers;
  for (int t = 0; t < kThreads; ++t) {
    writers.emplace_back([&, t] {
      for (int i = 0; i < kWrites; ++i) {
        const std::string key = std::to_string(t) + "-" + std::to_string(i);
        try {
          const auto answer = database_.write([&](Transaction& transaction) {
            testing::insert_scratch_row(transaction.sql(), key);
            if (i % 5 == 0) throw std::invalid_argument("refused " + key);
            transaction.after_commit([&] { ++committed_hooks; });
            return key;
          });
          EXPECT_EQ(answer, key);
          // Answered only once committed: another connection sees it.
          EXPECT_EQ(rows_with_key(database_, key), 1) << key;
        } catch (const std::invalid_argument& error) {
          EXPECT_EQ(error.what(), "refused " + key);
          ++refused;
        }
      }
    });
  }
  for (auto& writer : writers) writer.join();
  EXPECT_EQ(refused, kThreads * kWrites / 5);
  EXPECT_EQ(committed_hooks, kThreads * kWrites - refused);
  EXPECT_EQ(testing::count_scratch_rows(database_), kThreads * kWrites - refused);
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(rows_with_key(database_, std::to_string(t) + "-0"), 0);
  EXPECT_EQ(database_.queued_writes(), 0U);
}

INSTANTIATE_TEST_SUITE_P(Backends, GroupedCommitTest, testing::all_backends(), testing::backend_test_name);

// Counts the commits of one SQLite connection.
int count_commit(void* commits) {
  ++*static_cast<std::atomic<int>*>(commits);
  return 0;  // go on with the commit
}

TEST(SqliteGroupedCommit, WritesQueuedWhileAGroupCommitsShareTheNextCommit) {
  // One connection: every group commits on it, and its commit hook counts them.
  Database database(testing::fresh_database_url(TestBackend::sqlite), 1);
  migrate(database, embedded_migrations());
  std::atomic<int> commits{0};
  database.read([&](soci::session& sql) {
    sqlite_api::sqlite3_commit_hook(static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_,
                                    &count_commit, &commits);
  });

  std::promise<void> first_started;
  std::promise<void> release_first;
  auto first = std::async(std::launch::async, [&] {
    database.write([&](soci::session& sql) {
      testing::insert_scratch_row(sql, "first");
      first_started.set_value();
      release_first.get_future().wait();
    });
  });
  first_started.get_future().wait();
  std::vector<std::future<void>> queued;
  for (const std::string key : {"a", "b", "refused", "c"}) {
    queued.push_back(std::async(std::launch::async, [&database, key] {
      database.write([&](soci::session& sql) {
        testing::insert_scratch_row(sql, key);
        if (key == "refused") throw std::invalid_argument("refused");
      });
    }));
  }
  while (database.queued_writes() < 4) std::this_thread::yield();
  release_first.set_value();
  first.get();
  for (std::size_t i = 0; i < queued.size(); ++i) {
    if (i == 2) {
      EXPECT_THROW(queued[i].get(), std::invalid_argument);
    } else {
      queued[i].get();
    }
  }
  EXPECT_EQ(commits, 2);  // the first write's, then one for the four queued behind it
  EXPECT_EQ(testing::count_scratch_rows(database), 4);
  EXPECT_EQ(rows_with_key(database, "refused"), 0);
  database.read([](soci::session& sql) {
    sqlite_api::sqlite3_commit_hook(static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_, nullptr,
                                    nullptr);
  });
}

}  // namespace
}  // namespace medimeet::storage
