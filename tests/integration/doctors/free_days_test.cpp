// A doctor's kept free days stay those a fresh computation gives when their free time changes
// from several connections at once: on PostgreSQL the changes of one doctor follow one another
// (the doctor's lock, and the range row each change's trigger updates), so each rebuild sees the
// changes committed before it.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <thread>

#include "appointments/appointment_service.hpp"
#include "common/embedded_file.hpp"
#include "doctors/doctor_service.hpp"
#include "doctors/slot_finder.hpp"
#include "manual_clock.hpp"
#include "storage/migrations.hpp"
#include "test_database.hpp"

namespace medimeet::doctors {
namespace {

using testing::TestBackend;

class FreeDaysTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  FreeDaysTest() : database_(testing::fresh_database_url(GetParam()), 8) {
    storage::migrate(database_, embedded_migrations());
    clock_.set(*parse_iso8601("2026-11-30T06:00:00.000Z"));
    database_.write([&](soci::session& sql) {
      sql << "INSERT INTO users (id, name, name_folded, email, password, role, phone, email_verified, phone_verified, "
             "language, created_at, updated_at) VALUES (:id, 'Hélène Durand', 'helene durand', "
             "'dr.durand@example.com', 'x', 'doctor', '+33612345678', 1, 0, 'fr', 0, 0)",
          soci::use(doctor_id_);
    });
    database_.write([&](soci::session& sql) { service_.create_profile(sql, doctor_id_, clock_.now()); });
    DoctorChanges changes;
    changes.specialty = std::optional<std::string>("general-practice");
    changes.experience = std::optional<int>(10);
    changes.location = std::optional<std::string>("Paris");
    changes.timezone = "Europe/Paris";
    changes.price = std::optional<double>(25);
    std::vector<AvailabilityWindow> hours;
    for (auto day : {Weekday::monday, Weekday::tuesday, Weekday::wednesday, Weekday::thursday, Weekday::friday}) {
      hours.push_back({day, std::chrono::hours(9), std::chrono::hours(12)});
    }
    changes.availability = hours;
    service_.update(doctor_id_, changes);
  }

  // The kept rows, as "day first last" lines, and their range.
  std::string kept() {
    return database_.read([&](soci::session& sql) {
      std::string rows;
      std::string day;
      long long first = 0;
      long long last = 0;
      soci::statement statement = (sql.prepare << "SELECT day, first_free, last_free FROM doctor_free_days "
                                                  "WHERE doctor_id = :id ORDER BY day",
                                   soci::use(doctor_id_), soci::into(day), soci::into(first), soci::into(last));
      statement.execute();
      while (statement.fetch()) rows += day + " " + std::to_string(first) + " " + std::to_string(last) + "\n";
      std::string first_day;
      std::string last_day;
      sql << "SELECT first_day, last_day FROM doctor_free_days_range WHERE doctor_id = :id", soci::use(doctor_id_),
          soci::into(first_day), soci::into(last_day);
      return rows + first_day + ".." + last_day;
    });
  }

  std::string doctor_id_ = "0000000000000000000000d1";
  testing::ManualClock clock_;
  storage::Database database_;
  appointments::AppointmentService appointments_;
  DoctorService service_{database_, clock_, appointments_, DoctorSettings{}};
};

TEST_P(FreeDaysTest, ChangesFromSeveralConnectionsAtOnceLeaveTheKeptDaysAFreshComputationGives) {
  // Four connections each add and remove time off over the coming weeks, all at once.
  std::vector<std::thread> writers;
  for (int w = 0; w < 4; ++w) {
    writers.emplace_back([&, w] {
      for (int i = 0; i < 6; ++i) {
        const auto start = *parse_iso8601("2026-12-01T08:00:00.000Z") + std::chrono::hours(24 * (w * 7 + i));
        auto added = service_.add_time_off(doctor_id_, start, start + std::chrono::hours(1), "away");
        if (i % 2 == 0) service_.remove_time_off(doctor_id_, added.time_off.id);
      }
    });
  }
  for (auto& writer : writers) writer.join();
  const auto after_writers = kept();
  EXPECT_NE(after_writers.find("2026-11-30.."), std::string::npos) << after_writers;
  // Computed afresh now that every writer has committed: the same days, the same slots.
  database_.write([&](soci::session& sql) {
    SlotFinder(appointments_, std::chrono::hours(2)).rebuild(sql, service_.get(sql, doctor_id_), clock_.now());
  });
  EXPECT_EQ(after_writers, kept());
}

INSTANTIATE_TEST_SUITE_P(Backends, FreeDaysTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet::doctors
