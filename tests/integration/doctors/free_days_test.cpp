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

  // Books [start, start + minutes) for a patient as the booking path does: the kept range read
  // under the doctor's lock before the insert (whose trigger empties it), then only the days
  // the appointment touches computed again.
  void book(TimePoint start, int minutes) {
    database_.write([&](soci::session& sql) {
      if (booked_ == 0) {
        sql << "INSERT INTO users (id, name, name_folded, email, password, role, phone, created_at, updated_at) "
               "VALUES (:id, 'Ann', 'ann', 'ann@example.com', 'x', 'patient', '+33600000000', 0, 0)",
            soci::use(patient_id_);
        sql << "INSERT INTO patients (id, created_at, updated_at) VALUES (:id, 0, 0)", soci::use(patient_id_);
      }
      const auto doctor = service_.get(sql, doctor_id_);
      service_.lock_schedule(sql, doctor_id_);
      const auto before = service_.free_days_before_change(sql, doctor);
      appointments::Appointment appointment;
      appointment.id = "00000000000000000000a" + std::to_string(100 + ++booked_);
      appointment.patient_id = patient_id_;
      appointment.doctor_id = doctor_id_;
      appointment.appointment_date = start;
      appointment.duration_minutes = minutes;
      appointment.created_at = appointment.updated_at = clock_.now();
      appointments::AppointmentRepository().insert(sql, appointment);
      service_.schedule_changed_within(
          sql, doctor, {appointment.appointment_date, appointment.appointment_date + std::chrono::minutes(minutes)},
          before);
    });
  }

  void rebuild_all() {
    database_.write([&](soci::session& sql) {
      SlotFinder(appointments_, std::chrono::hours(2)).rebuild(sql, service_.get(sql, doctor_id_), clock_.now());
    });
  }

  std::string doctor_id_ = "0000000000000000000000d1";
  std::string patient_id_ = "0000000000000000000000p1";
  int booked_ = 0;
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
  rebuild_all();
  EXPECT_EQ(after_writers, kept());
}

TEST_P(FreeDaysTest, BookingsComputeTheirDaysAgainAndLeaveWhatAFreshComputationGives) {
  const auto before = kept();
  const auto wednesday = *parse_iso8601("2026-12-02T08:00:00.000Z");  // 09:00 in Paris, the first slot
  book(wednesday, 30);
  book(wednesday + std::chrono::hours(24 + 2) + std::chrono::minutes(30), 30);  // Thursday's last slot
  for (int slot = 0; slot < 6; ++slot) book(wednesday + std::chrono::hours(48) + std::chrono::minutes(30 * slot), 30);
  const auto after_bookings = kept();
  EXPECT_NE(after_bookings, before);
  EXPECT_NE(after_bookings.find("\n2026-11-30..2027-01-31"), std::string::npos) << after_bookings;  // range kept
  EXPECT_EQ(after_bookings.find("2026-12-04 "), std::string::npos) << after_bookings;  // Friday is full
  rebuild_all();
  EXPECT_EQ(after_bookings, kept());
}

// The kept row of `day` in kept()'s text ("day first last"), or "" when there is none.
std::string row_of(const std::string& kept, const std::string& day) {
  const auto at = kept.find(day + " ");
  return at == std::string::npos ? "" : kept.substr(at, kept.find('\n', at) - at);
}

TEST_P(FreeDaysTest, ABookingComputesOnlyTheDaysItTouchesUnlessTheKeptDaysWereNotCurrent) {
  // A mark on a day the first booking does not touch: what was not computed again keeps it.
  database_.write([&](soci::session& sql) {
    sql << "UPDATE doctor_free_days SET last_free = 1 WHERE doctor_id = :id AND day = '2027-01-05'",
        soci::use(doctor_id_);
  });
  ASSERT_TRUE(row_of(kept(), "2027-01-05").ends_with(" 1")) << kept();
  book(*parse_iso8601("2026-12-02T08:00:00.000Z"), 30);
  EXPECT_TRUE(row_of(kept(), "2027-01-05").ends_with(" 1")) << kept();
  // Past the doctor's midnight the kept days are not current: the next booking computes them all.
  clock_.set(*parse_iso8601("2026-12-01T06:00:00.000Z"));
  book(*parse_iso8601("2026-12-02T08:30:00.000Z"), 30);
  const auto after = kept();
  EXPECT_FALSE(row_of(after, "2027-01-05").ends_with(" 1")) << after;
  rebuild_all();
  EXPECT_EQ(after, kept());
}

INSTANTIATE_TEST_SUITE_P(Backends, FreeDaysTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet::doctors
