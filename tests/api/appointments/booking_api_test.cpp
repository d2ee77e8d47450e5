#include <gtest/gtest.h>

#include <algorithm>

#include <boost/json/object.hpp>
#include <soci/soci.h>

#include <future>
#include <set>
#include <thread>

#include "booking_fixture.hpp"

namespace medimeet {
namespace {

using namespace std::chrono_literals;
using boost::json::object;
using testing::text;

class BookingApiTest : public testing::BookingFixture {
 protected:
  BookingApiTest()
      : BookingFixture({.adjust = [](app::Config& config) {
          config.registrations_per_address_per_hour = 1000;
          config.max_active_appointments = 3;
        }}) {}
};

TEST_P(BookingApiTest, APatientBooksAFreeSlotAndBothSidesAreNotified) {
  auto ann = patient("ann@example.com");
  auto booked = book(ann, "2026-12-01T08:00:00.000Z", "First visit");
  ASSERT_EQ(booked.status, 201) << booked.body;
  auto appointment = booked.json().as_object();
  EXPECT_EQ(text(appointment.at("patientId")), ann.id);
  EXPECT_EQ(text(appointment.at("doctorId")), doctor_.id);
  EXPECT_EQ(text(appointment.at("doctorName")), "Hélène Durand");
  EXPECT_EQ(text(appointment.at("status")), "confirmed");
  EXPECT_EQ(text(appointment.at("appointmentDate")), "2026-12-01T08:00:00.000Z");
  EXPECT_EQ(text(appointment.at("endDate")), "2026-12-01T08:30:00.000Z");
  EXPECT_EQ(text(appointment.at("notes")), "First visit");

  // The slot is gone, for everyone.
  auto slots = server_.client().get("/api/v1/doctors/" + doctor_.id + "/slots?from=2026-12-01&to=2026-12-01").body;
  EXPECT_EQ(slots.find("2026-12-01T08:00:00.000Z"), std::string::npos);
  EXPECT_NE(slots.find("2026-12-01T08:30:00.000Z"), std::string::npos);

  auto notes = server_.client().get("/api/v1/notifications", ann.token).json().at("notifications").as_array();
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(text(notes[0].at("type")), "appointmentConfirmation");
  EXPECT_EQ(text(notes[0].at("message")),
            "Your appointment with Dr Hélène Durand on Tuesday 1 December 2026 at 09:00 (Europe/Paris) is confirmed.");
  EXPECT_EQ(notes[0].at("read"), false);
  auto doctor_notes = server_.client().get("/api/v1/notifications", doctor_.token).json().at("notifications").as_array();
  ASSERT_EQ(doctor_notes.size(), 1u);
  EXPECT_NE(text(doctor_notes[0].at("message")).find("Test patient"), std::string::npos);
  EXPECT_EQ(server_.count_rows("reminder_jobs"), 2);  // 24 h and 1 h before

  // Delivered by email: sentAt is then set.
  server_.wait_for_outbox_drained();
  auto delivered = server_.client().get("/api/v1/notifications", ann.token).json().at("notifications").as_array();
  EXPECT_FALSE(delivered[0].at("sentAt").is_null());
}

TEST_P(BookingApiTest, NotificationsGoOutByEmailAndBySmsToVerifiedPhones) {
  auto ann = patient("ann@example.com");
  server_.app().database().write([&](soci::session& sql) {
    sql << "UPDATE users SET phone_verified = 1 WHERE id = :id", soci::use(ann.id);
  });
  ASSERT_EQ(book(ann, "2026-12-01T08:00:00.000Z").status, 201);
  // Ann: an email and an SMS; the doctor, whose phone is not verified: an email only.
  EXPECT_EQ(server_.query_text("SELECT recipient FROM outbox WHERE channel = 'sms' AND recipient = :p", "+33612345678"),
            "+33612345678");
  const auto emails_to = [&](const std::string& address) {
    return server_.app().database().read([&](soci::session& sql) {
      long long count = 0;
      sql << "SELECT COUNT(*) FROM outbox WHERE channel = 'email' AND recipient = :r", soci::use(address), soci::into(count);
      return count;
    });
  };
  EXPECT_EQ(emails_to("ann@example.com"), 2);  // verification at registration, confirmation now
  EXPECT_EQ(emails_to("dr.durand@example.com"), 2);
  EXPECT_EQ(server_.count_rows("outbox") - emails_to("ann@example.com") - emails_to("dr.durand@example.com"), 1);
}

TEST_P(BookingApiTest, OnlyVerifiedPatientsBookAndNothingIsWrittenOtherwise) {
  auto unverified = server_.register_account("patient", "bob@example.com");
  auto refused = book(unverified, "2026-12-01T08:00:00.000Z");
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(refused.error_code(), "email_not_verified");
  auto as_doctor = book(doctor_, "2026-12-01T08:00:00.000Z");
  EXPECT_EQ(as_doctor.status, 403);
  EXPECT_EQ(as_doctor.error_code(), "not_a_patient");
  EXPECT_EQ(server_.count_rows("appointments"), 0);
  EXPECT_EQ(server_.count_rows("notifications"), 0);
}

TEST_P(BookingApiTest, OnlyFreeSlotsCanBeBooked) {
  auto ann = patient("ann@example.com");
  server_.clock().set(at("2026-11-30T06:30:00.000Z"));  // the 2 h notice ends at 08:30Z
  for (const char* date : {"2026-12-01T08:10:00.000Z",     // not on the grid
                           "2026-12-01T07:30:00.000Z",     // before the window
                           "2026-12-05T08:00:00.000Z",     // a Saturday
                           "2026-11-30T08:00:00.000Z",     // within the 2 h notice
                           "2026-11-23T08:00:00.000Z"}) {  // the past
    auto result = book(ann, date);
    EXPECT_EQ(result.status, 409) << date;
    EXPECT_EQ(result.error_code(), "slot_unavailable") << date;
    EXPECT_FALSE(result.field_error("appointmentDate").empty());
  }
  auto unknown = server_.client().post("/api/v1/appointments",
                                       object{{"doctorId", "6924810000aabbccddeeff00"},
                                              {"appointmentDate", "2026-12-01T08:00:00.000Z"}},
                                       ann.token);
  EXPECT_EQ(unknown.status, 404);
  auto bad = server_.client().post("/api/v1/appointments", object{{"doctorId", "x"}, {"appointmentDate", "tomorrow"}}, ann.token);
  EXPECT_EQ(bad.status, 400);
  EXPECT_FALSE(bad.field_error("doctorId").empty());
  EXPECT_FALSE(bad.field_error("appointmentDate").empty());
  EXPECT_EQ(server_.count_rows("appointments"), 0);
}

TEST_P(BookingApiTest, FiftySimultaneousRequestsForOneSlotBookItOnce) {
  std::vector<testing::TestAccount> patients;
  for (int i = 0; i < 50; ++i) patients.push_back(patient("p" + std::to_string(i) + "@example.com"));
  std::promise<void> go;
  auto start = go.get_future().share();
  std::vector<std::future<long>> results;
  for (const auto& who : patients) {
    results.push_back(std::async(std::launch::async, [&, who] {
      testing::HttpClient client(server_.base_url());
      start.wait();
      return client.send("POST", "/api/v1/appointments",
                         R"({"doctorId":")" + doctor_.id + R"(","appointmentDate":"2026-12-01T08:00:00.000Z"})",
                         {{"Authorization", "Bearer " + who.token}})
          .status;
    }));
  }
  go.set_value();
  int created = 0;
  int conflicts = 0;
  for (auto& result : results) {
    const auto status = result.get();
    if (status == 201) ++created;
    if (status == 409) ++conflicts;
  }
  EXPECT_EQ(created, 1);
  EXPECT_EQ(conflicts, 49);
  EXPECT_EQ(server_.count_rows("appointments"), 1);
}

TEST_P(BookingApiTest, AnIdempotencyKeyMakesARetryReturnTheFirstBooking) {
  auto ann = patient("ann@example.com");
  auto first = book(ann, "2026-12-01T08:00:00.000Z", "", "key-1");
  ASSERT_EQ(first.status, 201) << first.body;
  auto retry = book(ann, "2026-12-01T08:00:00.000Z", "", "key-1");
  EXPECT_EQ(retry.status, 201) << retry.body;
  EXPECT_EQ(id_of(retry), id_of(first));
  auto other_body = book(ann, "2026-12-02T08:00:00.000Z", "", "key-1");
  EXPECT_EQ(other_body.status, 409);
  EXPECT_EQ(other_body.error_code(), "idempotency_key_reused");
  EXPECT_EQ(server_.count_rows("appointments"), 1);
  EXPECT_EQ(server_.count_rows("notifications"), 2);
  // Without the key, a second booking of the same slot is refused.
  EXPECT_EQ(book(ann, "2026-12-01T08:00:00.000Z").status, 409);
  // Keys are forgotten after a day: a retry comes within minutes.
  server_.clock().advance(std::chrono::hours(25));
  server_.app().purge_expired();
  EXPECT_EQ(server_.count_rows("idempotency_keys"), 0);
  EXPECT_EQ(server_.count_rows("appointments"), 1);
}

TEST_P(BookingApiTest, ConcurrentRetriesWithOneKeyAllGetTheFirstBooking) {
  auto ann = patient("ann@example.com");
  std::promise<void> go;
  auto start = go.get_future().share();
  std::vector<std::future<testing::HttpResult>> results;
  for (int i = 0; i < 5; ++i) {
    results.push_back(std::async(std::launch::async, [&] {
      testing::HttpClient client(server_.base_url());
      start.wait();
      return client.send("POST", "/api/v1/appointments",
                         R"({"doctorId":")" + doctor_.id + R"(","appointmentDate":"2026-12-01T08:00:00.000Z"})",
                         {{"Authorization", "Bearer " + ann.token}, {"Idempotency-Key", "retry-storm"}});
    }));
  }
  go.set_value();
  std::set<std::string> ids;
  for (auto& result : results) {
    const auto response = result.get();
    EXPECT_EQ(response.status, 201) << response.body;
    if (response.status == 201) ids.insert(id_of(response));
  }
  EXPECT_EQ(ids.size(), 1u);
  EXPECT_EQ(server_.count_rows("appointments"), 1);
}

TEST_P(BookingApiTest, APatientHasOneAppointmentADayWithADoctorAndFewUpcomingInAll) {
  auto ann = patient("ann@example.com");
  ASSERT_EQ(book(ann, "2026-12-01T08:00:00.000Z").status, 201);
  auto same_day = book(ann, "2026-12-01T09:00:00.000Z");
  EXPECT_EQ(same_day.status, 409);
  EXPECT_EQ(same_day.error_code(), "already_booked_that_day");
  ASSERT_EQ(book(ann, "2026-12-02T08:00:00.000Z").status, 201);
  ASSERT_EQ(book(ann, "2026-12-03T08:00:00.000Z").status, 201);
  auto too_many = book(ann, "2026-12-04T08:00:00.000Z");  // the configured maximum is 3
  EXPECT_EQ(too_many.status, 409);
  EXPECT_EQ(too_many.error_code(), "too_many_appointments");
}

TEST_P(BookingApiTest, OnlyTheTwoPartiesSeeAnAppointment) {
  auto ann = patient("ann@example.com");
  auto bob = patient("bob@example.com");
  auto other_doctor = server_.register_account("doctor", "dr.who@example.com");
  const auto id = id_of(book(ann, "2026-12-01T08:00:00.000Z"));
  EXPECT_EQ(server_.client().get("/api/v1/appointments/" + id, ann.token).status, 200);
  EXPECT_EQ(server_.client().get("/api/v1/appointments/" + id, doctor_.token).status, 200);
  for (const auto& outsider : {bob, other_doctor}) {
    EXPECT_EQ(server_.client().get("/api/v1/appointments/" + id, outsider.token).status, 404);
    EXPECT_EQ(server_.client().post("/api/v1/appointments/" + id + "/cancel", object{}, outsider.token).status, 404);
    EXPECT_EQ(server_.client().post("/api/v1/appointments/" + id + "/reschedule",
                                    object{{"appointmentDate", "2026-12-02T08:00:00.000Z"}}, outsider.token).status, 404);
    EXPECT_EQ(server_.client().post_empty("/api/v1/appointments/" + id + "/complete", outsider.token).status, 404);
    EXPECT_EQ(server_.client().get("/api/v1/appointments/" + id + "/calendar.ics", outsider.token).status, 404);
    EXPECT_EQ(server_.client().get("/api/v1/appointments", outsider.token).json().at("total").as_int64(), 0);
  }
  EXPECT_EQ(server_.client().get("/api/v1/appointments/" + id).status, 401);
  auto mine = server_.client().get("/api/v1/appointments?status=confirmed", ann.token).json().as_object();
  EXPECT_EQ(mine.at("total").as_int64(), 1);
  EXPECT_EQ(server_.client().get("/api/v1/appointments?status=canceled", ann.token).json().at("total").as_int64(), 0);
  EXPECT_EQ(server_.client().get("/api/v1/appointments?status=maybe", ann.token).status, 400);
  EXPECT_EQ(server_.query_text("SELECT status FROM appointments WHERE id = :id", id), "confirmed");
}

TEST_P(BookingApiTest, CancelingFreesTheSlotAndTellsTheOtherSide) {
  auto ann = patient("ann@example.com");
  const auto id = id_of(book(ann, "2026-12-01T08:00:00.000Z"));
  auto canceled = server_.client().post("/api/v1/appointments/" + id + "/cancel", object{{"reason", "Feeling better"}}, ann.token);
  ASSERT_EQ(canceled.status, 200) << canceled.body;
  EXPECT_EQ(text(canceled.json().at("status")), "canceled");
  EXPECT_EQ(text(canceled.json().at("canceledBy")), "patient");
  EXPECT_EQ(server_.count_rows("reminder_jobs"), 0);
  auto doctor_notes = server_.client().get("/api/v1/notifications?unread=true", doctor_.token).json().at("notifications").as_array();
  ASSERT_EQ(doctor_notes.size(), 2u);
  EXPECT_EQ(text(doctor_notes[0].at("type")), "appointmentCancellation");
  EXPECT_NE(text(doctor_notes[0].at("message")).find("Feeling better"), std::string::npos);
  EXPECT_EQ(server_.client().post("/api/v1/appointments/" + id + "/cancel", object{}, ann.token).error_code(), "not_confirmed");
  // A cancel needs no body at all.
  const auto other = id_of(book(patient("carl@example.com"), "2026-12-02T08:00:00.000Z"));
  EXPECT_EQ(server_.client().post_empty("/api/v1/appointments/" + other + "/cancel", doctor_.token).status, 200);
  // The slot is free again at once: another patient takes it.
  auto bob = patient("bob@example.com");
  EXPECT_EQ(book(bob, "2026-12-01T08:00:00.000Z").status, 201);
}

TEST_P(BookingApiTest, PatientsCancelOnlyBeforeTheNoticeDoctorsAnyTime) {
  auto ann = patient("ann@example.com");
  const auto id = id_of(book(ann, "2026-12-01T08:00:00.000Z"));
  server_.clock().set(at("2026-12-01T04:30:00.000Z"));  // 3 h 30 before the start
  ann.token = server_.login(ann);
  doctor_.token = server_.login(doctor_);
  auto late = server_.client().post("/api/v1/appointments/" + id + "/cancel", object{}, ann.token);
  EXPECT_EQ(late.status, 409);
  EXPECT_EQ(late.error_code(), "too_late_to_cancel");
  auto late_move = server_.client().post("/api/v1/appointments/" + id + "/reschedule",
                                         object{{"appointmentDate", "2026-12-02T08:00:00.000Z"}}, ann.token);
  EXPECT_EQ(late_move.error_code(), "too_late_to_reschedule");
  auto by_doctor = server_.client().post("/api/v1/appointments/" + id + "/cancel", object{{"reason", "Ill"}}, doctor_.token);
  EXPECT_EQ(by_doctor.status, 200) << by_doctor.body;
  EXPECT_EQ(text(by_doctor.json().at("canceledBy")), "doctor");
  auto ann_notes = server_.client().get("/api/v1/notifications", ann.token).json().at("notifications").as_array();
  EXPECT_EQ(text(ann_notes[0].at("type")), "appointmentCancellation");
}

TEST_P(BookingApiTest, ReschedulingMovesTheSameAppointment) {
  auto ann = patient("ann@example.com");
  const auto id = id_of(book(ann, "2026-12-01T08:00:00.000Z"));
  auto moved = server_.client().post("/api/v1/appointments/" + id + "/reschedule",
                                     object{{"appointmentDate", "2026-12-02T09:30:00.000Z"}}, ann.token);
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(id_of(moved), id);
  EXPECT_EQ(text(moved.json().at("appointmentDate")), "2026-12-02T09:30:00.000Z");
  EXPECT_EQ(server_.count_rows("appointments"), 1);
  auto bob = patient("bob@example.com");
  EXPECT_EQ(book(bob, "2026-12-01T08:00:00.000Z").status, 201);  // the old slot is free
  EXPECT_EQ(server_.client().post("/api/v1/appointments/" + id + "/reschedule",
                                  object{{"appointmentDate", "2026-12-01T08:00:00.000Z"}}, ann.token).error_code(),
            "slot_unavailable");
  auto notes = server_.client().get("/api/v1/notifications", ann.token).json().at("notifications").as_array();
  EXPECT_NE(text(notes[0].at("message")).find("has moved to Wednesday 2 December 2026 at 10:30"), std::string::npos);
  EXPECT_EQ(text(notes[0].at("type")), "appointmentRescheduled");  // issue 11: not a new confirmation
  auto doctor_notes = server_.client().get("/api/v1/notifications", doctor_.token).json().at("notifications").as_array();
  EXPECT_TRUE(std::any_of(doctor_notes.begin(), doctor_notes.end(),
                          [](const auto& note) { return text(note.at("type")) == "appointmentRescheduled"; }));
  EXPECT_EQ(server_.count_rows("reminder_jobs"), 4);  // two for each live appointment
}

TEST_P(BookingApiTest, TheDoctorCompletesAnAppointmentOnceItStarted) {
  auto ann = patient("ann@example.com");
  const auto id = id_of(book(ann, "2026-11-30T09:00:00.000Z"));
  auto early = server_.client().post_empty("/api/v1/appointments/" + id + "/complete", doctor_.token);
  EXPECT_EQ(early.status, 409);
  EXPECT_EQ(early.error_code(), "not_started");
  server_.clock().set(at("2026-11-30T09:05:00.000Z"));
  EXPECT_EQ(server_.client().post_empty("/api/v1/appointments/" + id + "/complete", ann.token).status, 403);
  auto done = server_.client().post_empty("/api/v1/appointments/" + id + "/complete", doctor_.token);
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(text(done.json().at("status")), "completed");

  auto stats = server_.client().get("/api/v1/doctors/me/stats", doctor_.token).json().as_object();
  EXPECT_EQ(stats.at("total").as_int64(), 1);
  EXPECT_EQ(stats.at("byStatus").at("completed").as_int64(), 1);
  EXPECT_EQ(stats.at("percentages").at("completed").to_number<double>(), 100.0);
  auto patients = server_.client().get("/api/v1/doctors/me/patients", doctor_.token).json().at("patients").as_array();
  ASSERT_EQ(patients.size(), 1u);
  EXPECT_EQ(text(patients[0].at("_id")), ann.id);
  auto doctors = server_.client().get("/api/v1/patients/me/doctors", ann.token).json().at("doctors").as_array();
  ASSERT_EQ(doctors.size(), 1u);
  EXPECT_EQ(text(doctors[0].at("name")), "Hélène Durand");
  // Now that they met, the doctor may read the patient's file.
  EXPECT_EQ(server_.client().get("/api/v1/patients/" + ann.id, doctor_.token).status, 200);
}

TEST_P(BookingApiTest, NotificationsAreTheOwnersOnly) {
  auto ann = patient("ann@example.com");
  book(ann, "2026-12-01T08:00:00.000Z");
  auto bob = patient("bob@example.com");
  auto list = server_.client().get("/api/v1/notifications", ann.token).json().at("notifications").as_array();
  const auto id = text(list[0].at("_id"));
  EXPECT_EQ(server_.client().post_empty("/api/v1/notifications/" + id + "/read", bob.token).status, 404);
  EXPECT_EQ(server_.client().get("/api/v1/notifications/unread-count", ann.token).json().at("count").as_int64(), 1);
  EXPECT_EQ(server_.client().post_empty("/api/v1/notifications/" + id + "/read", ann.token).status, 204);
  EXPECT_EQ(server_.client().get("/api/v1/notifications/unread-count", ann.token).json().at("count").as_int64(), 0);
  EXPECT_EQ(server_.client().get("/api/v1/notifications/unread-count", doctor_.token).json().at("count").as_int64(), 1);
  EXPECT_EQ(server_.client().post_empty("/api/v1/notifications/read-all", doctor_.token).json().at("updated").as_int64(), 1);
  EXPECT_EQ(server_.client().get("/api/v1/notifications?unread=true", doctor_.token).json().at("total").as_int64(), 0);
  EXPECT_EQ(server_.client().get("/api/v1/notifications", bob.token).json().at("total").as_int64(), 0);
}

TEST_P(BookingApiTest, AppointmentsReachCalendarApps) {
  auto ann = patient("ann@example.com");
  const auto id = id_of(book(ann, "2026-12-01T08:00:00.000Z"));
  auto file = server_.client().get("/api/v1/appointments/" + id + "/calendar.ics", ann.token);
  ASSERT_EQ(file.status, 200);
  EXPECT_EQ(file.header("content-type"), "text/calendar; charset=utf-8");
  EXPECT_NE(file.body.find("DTSTART:20261201T080000Z"), std::string::npos);
  EXPECT_NE(file.body.find("STATUS:CONFIRMED"), std::string::npos);

  auto rotated = server_.client().post_empty("/api/v1/calendar/feed/rotate", ann.token);
  ASSERT_EQ(rotated.status, 200);
  const auto url = text(rotated.json().at("url"));
  const auto path = url.substr(url.find("/api/v1/"));
  server_.client().post("/api/v1/appointments/" + id + "/cancel", object{}, ann.token);
  auto feed = server_.client().get(path);
  ASSERT_EQ(feed.status, 200);
  EXPECT_NE(feed.body.find("STATUS:CANCELLED"), std::string::npos);
  EXPECT_NE(feed.body.find(id + "@medimeet"), std::string::npos);
  // A new URL retires the old one; a made-up one finds nothing.
  server_.client().post_empty("/api/v1/calendar/feed/rotate", ann.token);
  EXPECT_EQ(server_.client().get(path).status, 404);
  EXPECT_EQ(server_.client().get("/api/v1/calendar/feed/guess.ics").status, 404);
  EXPECT_EQ(server_.count_rows("calendar_feeds"), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, BookingApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
