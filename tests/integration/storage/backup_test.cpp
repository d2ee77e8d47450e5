// `medimeet backup` taken while patients book holds every booking acknowledged before it began,
// the files and the audit chain, and `medimeet restore` loads it only into an empty database.
#include <gtest/gtest.h>

#include <soci/soci.h>

#include <atomic>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>

#include "audit/audit_log.hpp"
#include "booking_fixture.hpp"
#include "sample_files.hpp"
#include "server_process.hpp"
#include "storage/database.hpp"

namespace medimeet {
namespace {

using testing::BookingFixture;

class BackupTest : public BookingFixture {
 protected:
  // Patients may hold as many upcoming appointments as the test books.
  BackupTest() : BookingFixture({.adjust = [](app::Config& config) { config.max_active_appointments = 1000; }}) {}

  std::string url() { return server_.app().config().database_url; }
};

// One value read straight from a database.
std::string read_text(storage::Database& database, const std::string& query,
                      const std::optional<std::string>& parameter = std::nullopt) {
  return database.read([&](soci::session& sql) {
    std::string value;
    if (parameter) {
      sql << query, soci::use(*parameter), soci::into(value);
    } else {
      sql << query, soci::into(value);
    }
    return value;
  });
}

TEST_P(BackupTest, ABackupTakenWhilePatientsBookHoldsEveryAcknowledgedBookingAndRestoresOnlyIntoAnEmptyDatabase) {
  std::vector<testing::TestAccount> patients;
  for (int i = 0; i < 6; ++i) patients.push_back(patient("patient" + std::to_string(i) + "@example.com"));
  const auto uploaded = testing::upload(server_.client(), patients[0], testing::pdf_of_size(300'000), "application/pdf",
                                        "scan.pdf");
  ASSERT_EQ(uploaded.status, 201) << uploaded.body;
  const auto file = uploaded.json();
  const auto file_id = std::string(file.at("_id").as_string());
  audit::AuditLog log(server_.app().database(), server_.clock());
  access::Caller reader;
  reader.user_id = patients[0].id;
  for (int i = 0; i < 3; ++i) log.record(reader, {"patient.read", "patient", patients[0].id, patients[0].id});
  // With the upload's own row.
  auto& live = server_.app().database();
  const auto audit_rows = read_text(live, "SELECT CAST(COUNT(*) AS TEXT) FROM audit_log");
  EXPECT_EQ(audit_rows, "4");

  // Bookings go on before, during and after the backup: each weekday's six morning slots, one
  // patient each (a patient books one appointment a day with a doctor).
  std::mutex mutex;
  std::vector<std::string> acknowledged;
  std::atomic<bool> stop{false};
  std::thread booking([&] {
    const auto monday = at("2026-11-30T08:00:00.000Z");
    for (int day = 0; day < 60 && !stop; ++day) {
      if (day % 7 >= 5) continue;
      for (int slot = 0; slot < 6 && !stop; ++slot) {
        const auto start = monday + std::chrono::days(day) + std::chrono::minutes(30 * slot);
        const auto result = book(patients[slot], format_iso8601(start));
        if (result.status != 201) continue;
        std::lock_guard lock(mutex);
        acknowledged.push_back(id_of(result));
      }
    }
  });
  auto acknowledged_count = [&] {
    std::lock_guard lock(mutex);
    return acknowledged.size();
  };
  // Waits (a minute at most, for a busy machine) until more than `count` bookings were acknowledged.
  auto wait_for_more_than = [&](std::size_t count) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(1);
    while (acknowledged_count() <= count && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return acknowledged_count() > count;
  };
  if (!wait_for_more_than(19)) {
    stop = true;
    booking.join();
    FAIL() << "only " << acknowledged_count() << " bookings acknowledged in a minute";
  }
  std::vector<std::string> before_backup;
  {
    std::lock_guard lock(mutex);
    before_backup = acknowledged;
  }
  const auto backup_file = std::filesystem::path(testing::temporary_directory()) / "medimeet.backup";
  std::string output;
  EXPECT_EQ(testing::run_medimeet({"backup", "--database", url(), "--to", backup_file.string()}, output), 0) << output;
  // Bookings went on while it ran (on a busy machine the next may come only after it).
  wait_for_more_than(before_backup.size());
  stop = true;
  booking.join();
  EXPECT_EQ(std::filesystem::status(backup_file).permissions() & std::filesystem::perms::others_read,
            std::filesystem::perms::none);
  // Bookings went on while it ran.
  EXPECT_GT(acknowledged_count(), before_backup.size());

  const auto restored = testing::fresh_database_url(GetParam());
  EXPECT_EQ(testing::run_medimeet({"restore", "--from", backup_file.string(), "--database", restored}, output), 0)
      << output;
  {
    storage::Database copy(restored, 1);
    for (const auto& id : before_backup) {
      EXPECT_EQ(read_text(copy, "SELECT id FROM appointments WHERE id = :id", id), id);
    }
    const std::string chunks = "SELECT CAST(COUNT(*) AS TEXT) || ':' || CAST(SUM(LENGTH(sealed)) AS TEXT) FROM "
                               "file_chunks WHERE file_id = :id";
    EXPECT_EQ(read_text(copy, chunks, file_id), read_text(live, chunks, file_id));
  }
  EXPECT_EQ(testing::run_medimeet({"audit", "verify", "--database", restored}, output), 0) << output;
  EXPECT_NE(output.find("audit log intact: " + audit_rows + " row(s) checked"), std::string::npos) << output;

  // Over data, a restore is refused and changes nothing.
  const auto count = read_text(live, "SELECT CAST(COUNT(*) AS TEXT) FROM appointments");
  EXPECT_EQ(testing::run_medimeet({"restore", "--from", backup_file.string(), "--database", url()}, output), 1)
      << output;
  EXPECT_NE(output.find("the target database is not empty"), std::string::npos) << output;
  EXPECT_EQ(read_text(live, "SELECT CAST(COUNT(*) AS TEXT) FROM appointments"), count);
}

INSTANTIATE_TEST_SUITE_P(Backends, BackupTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
