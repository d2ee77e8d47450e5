#include "storage/database.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <thread>

#include "common/embedded_file.hpp"
#include "storage/migrations.hpp"
#include "storage/optional_binding.hpp"
#include "storage/query.hpp"
#include "test_database.hpp"

namespace medimeet::storage {
namespace {

using testing::TestBackend;

class DatabaseTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  DatabaseTest() : url_(testing::fresh_database_url(GetParam())), database_(url_, 4) {}

  long long count(const std::string& table) {
    return database_.read([&](soci::session& sql) {
      long long n = 0;
      sql << "SELECT COUNT(*) FROM " + table, soci::into(n);
      return n;
    });
  }

  std::string url_;
  Database database_;
};

TEST_P(DatabaseTest, MigratesOnceAndRecordsTheVersion) {
  EXPECT_EQ(migrate(database_, embedded_migrations()), static_cast<int>(embedded_migrations().size()));
  EXPECT_EQ(migrate(database_, embedded_migrations()), 0);
  EXPECT_EQ(count("schema_migrations"), static_cast<long long>(embedded_migrations().size()));
  EXPECT_EQ(count("users"), 0);
}

// 0004_money: fees written as floating-point amounts before it become whole cents in EUR.
TEST_P(DatabaseTest, TheMoneyMigrationKeepsEveryFeeAsCents) {
  const auto all = embedded_migrations();
  ASSERT_EQ(all[3].name, "0004_money.sql");
  migrate(database_, all.subspan(0, 3));
  database_.write([](soci::session& sql) {
    for (const char* id : {"a", "b", "c"}) {
      sql << "INSERT INTO users (id, name, name_folded, email, password, role, phone, created_at, updated_at) "
             "VALUES (:id, 'Dr X', 'dr x', :email, 'hash', 'doctor', '+33612345678', 0, 0)",
          soci::use(std::string(id)), soci::use(std::string(id) + "@example.com");
    }
    sql << "INSERT INTO doctors (id, timezone, price, created_at, updated_at) VALUES ('a', 'UTC', 45.5, 0, 0)";
    sql << "INSERT INTO doctors (id, timezone, price, created_at, updated_at) VALUES ('b', 'UTC', 19.99, 0, 0)";
    sql << "INSERT INTO doctors (id, timezone, created_at, updated_at) VALUES ('c', 'UTC', 0, 0)";
  });
  EXPECT_EQ(migrate(database_, all), static_cast<int>(all.size()) - 3);
  database_.read([](soci::session& sql) {
    std::vector<std::string> ids(3);
    std::vector<soci::indicator> price_set(3);
    std::vector<long long> prices(3);
    std::vector<std::string> currencies(3);
    std::vector<soci::indicator> currency_set(3);
    sql << "SELECT id, price_minor, currency FROM doctors ORDER BY id", soci::into(ids),
        soci::into(prices, price_set), soci::into(currencies, currency_set);
    ASSERT_EQ(ids.size(), 3u);
    EXPECT_EQ(prices[0], 4550);
    EXPECT_EQ(prices[1], 1999);
    EXPECT_EQ(currencies[0], "EUR");
    EXPECT_EQ(price_set[2], soci::i_null);
    EXPECT_EQ(currency_set[2], soci::i_null);
  });
}

TEST_P(DatabaseTest, TheSpecialtyMigrationMapsKnownFreeTextToCatalogueCodes) {
  const auto all = embedded_migrations();
  ASSERT_EQ(all[8].name, "0009_specialty_codes.sql");
  migrate(database_, all.subspan(0, 8));
  const std::vector<std::pair<std::string, std::string>> written = {
      {"a", "cardiologie"}, {"b", "kinesitherapie"}, {"c", "general practice"}, {"d", "astrologie"}};
  database_.write([&](soci::session& sql) {
    for (const auto& [id, folded] : written) {
      sql << "INSERT INTO users (id, name, name_folded, email, password, role, phone, created_at, updated_at) "
             "VALUES (:id, 'X', 'x', :email, 'hash', 'doctor', '+33612345678', 0, 0)",
          soci::use(id), soci::use(id + "@example.com");
      sql << "INSERT INTO doctors (id, timezone, specialty, specialty_folded, created_at, updated_at) "
             "VALUES (:id, 'UTC', :s, :f, 0, 0)",
          soci::use(id), soci::use(folded), soci::use(folded);
    }
  });
  migrate(database_, all);
  database_.read([](soci::session& sql) {
    std::vector<std::string> specialties(4);
    sql << "SELECT specialty FROM doctors ORDER BY id", soci::into(specialties);
    // A text the catalogue does not know stays as written.
    EXPECT_EQ(specialties, (std::vector<std::string>{"cardiology", "physiotherapy", "general-practice", "astrologie"}));
  });
}

TEST_P(DatabaseTest, TheNoShowMigrationKeepsAppointmentsAndWhatRefersToThem) {
  const auto all = embedded_migrations();
  ASSERT_EQ(all[9].name, "0010_no_show.sql");
  migrate(database_, all.subspan(0, 9));
  database_.write([](soci::session& sql) {
    for (const char* id : {"p", "d"}) {
      sql << "INSERT INTO users (id, name, name_folded, email, password, role, phone, created_at, updated_at) "
             "VALUES (:id, 'X', 'x', :email, 'hash', 'patient', '+33612345678', 0, 0)",
          soci::use(std::string(id)), soci::use(std::string(id) + "@example.com");
    }
    sql << "INSERT INTO patients (id, created_at, updated_at) VALUES ('p', 0, 0)";
    sql << "INSERT INTO doctors (id, timezone, created_at, updated_at) VALUES ('d', 'UTC', 0, 0)";
    sql << "INSERT INTO appointments (id, patient_id, doctor_id, appointment_date, duration_minutes, status, notes, "
           "created_at, updated_at, sequence) VALUES ('a', 'p', 'd', 1000, 30, 'confirmed', 'knee', 0, 0, 2)";
    sql << "INSERT INTO reminder_jobs (id, appointment_id, due_at, status, created_at) VALUES ('r', 'a', 10, 'pending', 0)";
    sql << "INSERT INTO idempotency_keys (user_id, idempotency_key, request_hash, appointment_id, created_at) "
           "VALUES ('p', 'k', 'h', 'a', 0)";
    sql << "INSERT INTO notifications (id, user_id, type, message, appointment_id, created_at, updated_at) "
           "VALUES ('n', 'p', 'appointmentConfirmation', 'Booked', 'a', 0, 0)";
  });
  migrate(database_, all);
  database_.write([](soci::session& sql) {
    std::string notes;
    int sequence = 0;
    sql << "SELECT notes, sequence FROM appointments WHERE id = 'a'", soci::into(notes), soci::into(sequence);
    EXPECT_EQ(notes, "knee");
    EXPECT_EQ(sequence, 2);
    sql << "UPDATE appointments SET status = 'noShow' WHERE id = 'a'";
  });
  // Still one live appointment per doctor and start.
  EXPECT_THROW(database_.write([](soci::session& sql) {
    sql << "INSERT INTO appointments (id, patient_id, doctor_id, appointment_date, duration_minutes, status, "
           "created_at, updated_at) VALUES ('b', 'p', 'd', 1000, 30, 'confirmed', 0, 0)";
  }),
               std::exception);
  // The references were carried over: deleting the appointment cascades as before.
  database_.write([](soci::session& sql) { sql << "DELETE FROM appointments WHERE id = 'a'"; });
  database_.read([](soci::session& sql) {
    EXPECT_EQ(storage::select_number(sql, storage::Query("SELECT COUNT(*) FROM reminder_jobs")), 0);
    EXPECT_EQ(storage::select_number(sql, storage::Query("SELECT COUNT(*) FROM idempotency_keys")), 0);
    std::optional<std::string> appointment_id;
    sql << "SELECT appointment_id FROM notifications WHERE id = 'n'", soci::into(appointment_id);
    EXPECT_FALSE(appointment_id.has_value());
  });
}

TEST_P(DatabaseTest, ConcurrentStartsMigrateOnce) {
  std::vector<std::thread> starts;
  std::atomic<int> applied{0};
  for (int i = 0; i < 4; ++i) {
    starts.emplace_back([&] {
      Database own(url_, 1);
      applied += migrate(own, embedded_migrations());
    });
  }
  for (auto& start : starts) start.join();
  EXPECT_EQ(applied, static_cast<int>(embedded_migrations().size()));
}

TEST_P(DatabaseTest, AFailedTransactionLeavesNothing) {
  migrate(database_, embedded_migrations());
  EXPECT_THROW(database_.write([](soci::session& sql) {
    sql << "INSERT INTO attempt_counters (scope_key, attempts, window_started_at) VALUES ('k', 1, 0)";
    throw std::runtime_error("boom");
  }),
               std::runtime_error);
  EXPECT_EQ(count("attempt_counters"), 0);
}

TEST_P(DatabaseTest, RecognisesUniqueViolationsOnBothBackends) {
  migrate(database_, embedded_migrations());
  auto insert = [&] {
    database_.write([](soci::session& sql) {
      sql << "INSERT INTO attempt_counters (scope_key, attempts, window_started_at) VALUES ('k', 1, 0)";
    });
  };
  insert();
  try {
    insert();
    FAIL() << "second insert succeeded";
  } catch (const std::exception& error) {
    EXPECT_TRUE(is_unique_violation(error)) << error.what();
  }
  try {
    database_.write([](soci::session& sql) { sql << "INSERT INTO no_such_table VALUES (1)"; });
    FAIL();
  } catch (const std::exception& error) {
    EXPECT_FALSE(is_unique_violation(error));
  }
}

TEST_P(DatabaseTest, AnswersPing) {
  EXPECT_TRUE(database_.ping());
}

TEST(DatabaseUrl, RefusesUnknownSchemes) {
  EXPECT_THROW(Database("mysql://localhost/db", 1), std::runtime_error);
}

TEST(SqliteDatabase, RunsInWalModeWithFullSyncAndForeignKeys) {
  Database database(testing::fresh_database_url(TestBackend::sqlite), 1);
  database.read([](soci::session& sql) {
    std::string mode;
    int synchronous = 0;
    int foreign_keys = 0;
    sql << "PRAGMA journal_mode", soci::into(mode);
    sql << "PRAGMA synchronous", soci::into(synchronous);
    sql << "PRAGMA foreign_keys", soci::into(foreign_keys);
    EXPECT_EQ(mode, "wal");
    EXPECT_EQ(synchronous, 2);  // FULL
    EXPECT_EQ(foreign_keys, 1);
  });
}

INSTANTIATE_TEST_SUITE_P(Backends, DatabaseTest, testing::all_backends(),
                         testing::backend_test_name);

}  // namespace
}  // namespace medimeet::storage
