// Reminders are persisted jobs: sent once each at their time, also across a restart; none for
// a canceled appointment; only the new times' for a moved one. The server runs for real, with
// its background worker, and the test moves its clock.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>

#include <thread>

#include "booking_fixture.hpp"

namespace medimeet {
namespace {

using namespace std::chrono_literals;
using boost::json::object;

long long reminders_in(testing::TestServer& server) {
  return server.app().database().read([](soci::session& sql) {
    long long count = 0;
    sql << "SELECT COUNT(*) FROM notifications WHERE type = 'appointmentReminder'", soci::into(count);
    return count;
  });
}

// Waits up to 5 s for `expected` reminders, then a little longer to see no more arrive.
long long settle_reminders(testing::TestServer& server, long long expected) {
  const auto deadline = std::chrono::steady_clock::now() + 5s;
  while (reminders_in(server) < expected && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(20ms);
  }
  std::this_thread::sleep_for(200ms);
  return reminders_in(server);
}

class RemindersApiTest : public testing::BookingFixture {};

TEST_P(RemindersApiTest, EachReminderIsSentOnceAtItsTimeEvenAcrossARestart) {
  auto ann = patient("ann@example.com");
  ASSERT_EQ(book(ann, "2026-12-01T08:00:00.000Z").status, 201);
  EXPECT_EQ(server_.count_rows("reminder_jobs"), 2);
  const auto database_url = server_.app().config().database_url;
  EXPECT_EQ(settle_reminders(server_, 0), 0);
  server_.app().stop();  // the server goes down between booking and the first reminder

  // The clock is set before the app starts: a first pass at any later time would find both
  // reminders due for an appointment already past, and rightly drop them.
  testing::TestServer restarted(GetParam(), {.database_url = database_url,
                                             .start_at = at("2026-11-30T08:00:01.000Z")});  // 24 h before, and a second
  EXPECT_EQ(settle_reminders(restarted, 1), 1);
  restarted.clock().set(at("2026-12-01T07:00:01.000Z"));  // 1 h before
  EXPECT_EQ(settle_reminders(restarted, 2), 2);
  restarted.clock().set(at("2026-12-01T07:59:00.000Z"));
  EXPECT_EQ(settle_reminders(restarted, 2), 2);
  const auto message = restarted.query_text(
      "SELECT message FROM notifications WHERE type = 'appointmentReminder' AND user_id = :u "
      "ORDER BY created_at LIMIT 1", ann.id);
  EXPECT_EQ(message, "Reminder: your appointment with Dr Hélène Durand is on Tuesday 1 December 2026 at 09:00 (Europe/Paris).");
}

TEST_P(RemindersApiTest, ACanceledAppointmentSendsNone) {
  auto ann = patient("ann@example.com");
  auto booked = book(ann, "2026-12-01T08:00:00.000Z");
  server_.client().post("/api/v1/appointments/" + id_of(booked) + "/cancel", object{}, ann.token);
  server_.clock().set(at("2026-12-01T07:30:00.000Z"));
  EXPECT_EQ(settle_reminders(server_, 0), 0);
}

TEST_P(RemindersApiTest, AMovedAppointmentRemindsOfItsNewTimeOnly) {
  auto ann = patient("ann@example.com");
  const auto id = id_of(book(ann, "2026-12-01T08:00:00.000Z"));
  ASSERT_EQ(server_.client().post("/api/v1/appointments/" + id + "/reschedule",
                                  object{{"appointmentDate", "2026-12-03T08:00:00.000Z"}}, ann.token).status, 200);
  server_.clock().set(at("2026-12-01T07:30:00.000Z"));  // past both of the old reminders
  EXPECT_EQ(settle_reminders(server_, 0), 0);
  server_.clock().set(at("2026-12-02T08:00:01.000Z"));
  EXPECT_EQ(settle_reminders(server_, 1), 1);
  EXPECT_NE(server_.query_text("SELECT message FROM notifications WHERE type = 'appointmentReminder' "
                               "AND user_id = :u", ann.id).find("Thursday 3 December 2026 at 09:00"),
            std::string::npos);
}

TEST_P(RemindersApiTest, AReminderAlreadyPastAtBookingIsSkipped) {
  auto ann = patient("ann@example.com");
  ASSERT_EQ(book(ann, "2026-11-30T10:00:00.000Z").status, 201);  // in 4 hours: no 24 h reminder
  EXPECT_EQ(server_.count_rows("reminder_jobs"), 1);
  EXPECT_EQ(settle_reminders(server_, 0), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, RemindersApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
