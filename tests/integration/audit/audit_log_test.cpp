// The audit log on both backends: rows chain by hash in the order they were written, writers on
// several connections append one after the other without a gap, and an edited, deleted or
// inserted row is found and named by verify() and by `medimeet audit verify`.
#include "audit/audit_log.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <thread>

#include "common/embedded_file.hpp"
#include "manual_clock.hpp"
#include "server_process.hpp"
#include "storage/migrations.hpp"
#include "test_database.hpp"

namespace medimeet::audit {
namespace {

using testing::TestBackend;

class AuditLogTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  AuditLogTest() : url_(testing::fresh_database_url(GetParam())), database_(url_, 6) {
    storage::migrate(database_, embedded_migrations());
    database_.write([](soci::session& sql) {
      sql << "INSERT INTO users (id, name, name_folded, email, password, role, phone, email_verified, phone_verified, "
             "language, created_at, updated_at) VALUES ('0000000000000000000000a1', 'Ann Martin', 'ann martin', "
             "'ann@example.com', 'x', 'patient', '+33612345678', 1, 0, 'fr', 0, 0)";
    });
    ann_.client_address = "192.0.2.1";
    ann_.request_id = "req-ann";
  }

  void record(int times) {
    for (int i = 0; i < times; ++i) {
      log_.record(ann_, {"patient.read", "patient", ann_.user_id, ann_.user_id});
      clock_.advance(std::chrono::seconds(1));
    }
  }
  void execute(const std::string& statement) {
    database_.write([&](soci::session& sql) { sql << statement; });
  }

  std::string url_;
  testing::ManualClock clock_;
  storage::Database database_;
  AuditLog log_{database_, clock_};
  access::Caller ann_{"0000000000000000000000a1", access::Role::patient, "s1", true, {}};
};

TEST_P(AuditLogTest, RowsChainInTheOrderTheyWereWrittenWithWhoWhatWhenAndWhere) {
  record(3);
  const auto check = log_.verify();
  EXPECT_TRUE(check.intact) << check.reason;
  EXPECT_EQ(check.rows_checked, 3);
  const auto page = log_.access_log(ann_.user_id, {1, 2});
  EXPECT_EQ(page.total, 3);
  ASSERT_EQ(page.rows.size(), 2u);
  EXPECT_EQ(page.rows[0].sequence, 3) << "newest first";
  EXPECT_EQ(page.rows[0].previous_hash, page.rows[1].hash);
  EXPECT_EQ(page.rows[0].actor_name, "Ann Martin");
  EXPECT_EQ(page.rows[0].actor_role, "patient");
  EXPECT_EQ(page.rows[0].client_address, "192.0.2.1");
  EXPECT_EQ(page.rows[0].request_id, "req-ann");
  EXPECT_EQ(page.rows[0].hash, chain_hash(page.rows[0]));
}

TEST_P(AuditLogTest, ARowRecordedInATransactionThatRollsBackLeavesNoTrace) {
  record(1);
  EXPECT_THROW(database_.write([&](soci::session& sql) {
    log_.record(sql, ann_, {"entry.update", "entry", "e1", ann_.user_id});
    throw std::runtime_error("the change failed");
  }),
               std::runtime_error);
  record(1);
  EXPECT_TRUE(log_.verify().intact);
  EXPECT_EQ(log_.access_log(ann_.user_id, {1, 10}).total, 2);
}

TEST_P(AuditLogTest, WritersOnSeveralConnectionsAppendOneAfterTheOtherWithoutAGap) {
  std::vector<std::thread> writers;
  for (int i = 0; i < 4; ++i) {
    writers.emplace_back([&] {
      for (int j = 0; j < 10; ++j) log_.record(ann_, {"record.read", "medicalRecord", "r1", ann_.user_id});
    });
  }
  for (auto& writer : writers) writer.join();
  const auto check = log_.verify();
  EXPECT_TRUE(check.intact) << check.reason;
  EXPECT_EQ(check.rows_checked, 40);
}

TEST_P(AuditLogTest, AnEditedRowIsNamedAsTheFirstBrokenOne) {
  record(4);
  execute("UPDATE audit_log SET actor_name = 'Someone Else' WHERE sequence = 2");
  const auto check = log_.verify();
  EXPECT_FALSE(check.intact);
  EXPECT_EQ(check.broken_sequence, 2);
  EXPECT_EQ(check.reason, "its content does not match its hash");
}

TEST_P(AuditLogTest, ARowEditedWithItsHashRecomputedStillBreaksTheLinkOfTheNext) {
  record(3);
  auto row = log_.access_log(ann_.user_id, {1, 10}).rows[1];  // sequence 2
  row.action = "patient.update";
  const auto forged = chain_hash(row);
  execute("UPDATE audit_log SET action = 'patient.update', hash = '" + forged + "' WHERE sequence = 2");
  const auto check = log_.verify();
  EXPECT_FALSE(check.intact);
  EXPECT_EQ(check.broken_sequence, 3);
  EXPECT_EQ(check.reason, "it does not link to the row before it");
}

TEST_P(AuditLogTest, ADeletedRowInTheMiddleOrAtTheEndIsFound) {
  record(4);
  execute("DELETE FROM audit_log WHERE sequence = 2");
  auto check = log_.verify();
  EXPECT_FALSE(check.intact);
  EXPECT_EQ(check.broken_sequence, 3);
  EXPECT_EQ(check.reason, "row 2 is missing before it");

  execute("DELETE FROM audit_log");
  execute("UPDATE audit_chain SET last_sequence = 0, last_hash = ''");
  record(3);
  execute("DELETE FROM audit_log WHERE sequence = 3");
  check = log_.verify();
  EXPECT_FALSE(check.intact) << "the head still records the deleted last row";
  EXPECT_EQ(check.broken_sequence, 0);
}

TEST_P(AuditLogTest, TheCommandLineVerifiesTheChainAndNamesTheFirstBrokenRow) {
  record(3);
  std::string output;
  EXPECT_EQ(testing::run_medimeet({"audit", "verify", "--database", url_}, output), 0) << output;
  EXPECT_NE(output.find("audit log intact: 3 row(s) checked"), std::string::npos) << output;

  execute("UPDATE audit_log SET object_id = 'another' WHERE sequence = 2");
  EXPECT_EQ(testing::run_medimeet({"audit", "verify", "--database", url_}, output), 1) << output;
  EXPECT_NE(output.find("audit log broken at row 2"), std::string::npos) << output;
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditLogTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet::audit
