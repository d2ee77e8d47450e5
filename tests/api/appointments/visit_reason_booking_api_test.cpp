// Booking a doctor who offers visit reasons: every booking names one, lasts its length, and the
// appointment, its emails and its calendar file show it.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "booking_fixture.hpp"

namespace medimeet {
namespace {

using boost::json::object;
using testing::text;

class VisitReasonBookingApiTest : public testing::BookingFixture {
 protected:
  VisitReasonBookingApiTest() : BookingFixture({.smtp = true}) {}

  std::string add_reason(const object& reason) {
    auto result = server_.client().post("/api/v1/doctors/me/visit-reasons", reason, doctor_.token);
    EXPECT_EQ(result.status, 201) << result.body;
    return result.status == 201 ? text(result.json().at("_id")) : "";
  }

  testing::HttpResult book_for(const testing::TestAccount& who, const std::string& date, const std::string& reason_id,
                               const std::string& idempotency_key = "") {
    object body{{"doctorId", doctor_.id}, {"appointmentDate", date}};
    if (!reason_id.empty()) body["reasonId"] = reason_id;
    std::map<std::string, std::string> headers{{"Authorization", "Bearer " + who.token}};
    if (!idempotency_key.empty()) headers["Idempotency-Key"] = idempotency_key;
    return server_.client().send("POST", "/api/v1/appointments", boost::json::serialize(body), headers);
  }
};

TEST_P(VisitReasonBookingApiTest, ABookingNamesOneOfTheReasonsAndLastsItsLength) {
  const auto first_visit = add_reason(object{{"name", "Première consultation"}, {"durationMinutes", 45}, {"price", 50}});
  auto ann = patient("ann@example.com");
  // Tuesday 1 December, 09:00 in Paris.
  EXPECT_EQ(book_for(ann, "2026-12-01T08:00:00.000Z", "").problem_code("reasonId"), "required");
  EXPECT_EQ(book_for(ann, "2026-12-01T08:00:00.000Z", "6650f1a2b3c4d5e6f7a8b9c0").problem_code("reasonId"),
            "unknown_visit_reason");
  EXPECT_EQ(book_for(ann, "2026-12-01T08:00:00.000Z", "not-an-id").problem_code("reasonId"), "not_an_id");
  // 11:30 would end at 12:15, past the window.
  EXPECT_EQ(book_for(ann, "2026-12-01T10:30:00.000Z", first_visit).error_code(), "slot_unavailable");
  EXPECT_EQ(server_.count_rows("appointments"), 0);

  auto booked = book_for(ann, "2026-12-01T08:00:00.000Z", first_visit);
  ASSERT_EQ(booked.status, 201) << booked.body;
  auto appointment = booked.json().as_object();
  EXPECT_EQ(appointment.at("durationMinutes").as_int64(), 45);
  EXPECT_EQ(text(appointment.at("endDate")), "2026-12-01T08:45:00.000Z");
  EXPECT_EQ(text(appointment.at("reasonId")), first_visit);
  EXPECT_EQ(text(appointment.at("reasonName")), "Première consultation");
  EXPECT_EQ(text(appointment.at("mode")), "inPerson");

  // 09:30 overlaps the 45 minutes booked; 10:00 is free.
  auto bob = patient("bob@example.com");
  EXPECT_EQ(book_for(bob, "2026-12-01T08:30:00.000Z", first_visit).error_code(), "slot_unavailable");
  EXPECT_EQ(book_for(bob, "2026-12-01T09:00:00.000Z", first_visit).status, 201);
}

TEST_P(VisitReasonBookingApiTest, ADoctorWithoutReasonsKeepsTheirOwnLength) {
  auto ann = patient("ann@example.com");
  EXPECT_EQ(book_for(ann, "2026-12-01T08:00:00.000Z", "6650f1a2b3c4d5e6f7a8b9c0").problem_code("reasonId"),
            "unknown_visit_reason");
  auto booked = book_for(ann, "2026-12-01T08:00:00.000Z", "");
  ASSERT_EQ(booked.status, 201) << booked.body;
  EXPECT_EQ(booked.json().at("durationMinutes").as_int64(), 30);
  EXPECT_TRUE(booked.json().at("reasonId").is_null());
  EXPECT_TRUE(booked.json().at("reasonName").is_null());
}

TEST_P(VisitReasonBookingApiTest, AReasonForKnownPatientsRefusesNewOnes) {
  const auto follow_up =
      add_reason(object{{"name", "Suivi"}, {"durationMinutes", 20}, {"newPatients", false}});
  auto newcomer = patient("new@example.com");
  auto refused = book_for(newcomer, "2026-12-01T08:00:00.000Z", follow_up);
  EXPECT_EQ(refused.status, 409);
  EXPECT_EQ(refused.error_code(), "reason_for_known_patients");
  EXPECT_EQ(refused.problem_code("reasonId"), "for_known_patients_only");
  auto known = patient("known@example.com");
  server_.insert_appointment(known.id, doctor_.id, at("2026-11-02T08:00:00.000Z"), 30, "completed");
  auto booked = book_for(known, "2026-12-01T08:00:00.000Z", follow_up);
  ASSERT_EQ(booked.status, 201) << booked.body;
  EXPECT_EQ(booked.json().at("durationMinutes").as_int64(), 20);
}

TEST_P(VisitReasonBookingApiTest, AMovedAppointmentKeepsItsReasonAndLengthEvenArchived) {
  const auto long_visit = add_reason(object{{"name", "Bilan"}, {"durationMinutes", 60}});
  auto ann = patient("ann@example.com");
  const auto id = id_of(book_for(ann, "2026-12-01T08:00:00.000Z", long_visit));
  ASSERT_EQ(server_.client().del("/api/v1/doctors/me/visit-reasons/" + long_visit, doctor_.token).status, 204);
  // Wednesday 11:30 cannot hold an hour before 12:00; 11:00 can.
  EXPECT_EQ(server_.client().post("/api/v1/appointments/" + id + "/reschedule",
                                  object{{"appointmentDate", "2026-12-02T10:30:00.000Z"}}, ann.token).error_code(),
            "slot_unavailable");
  auto moved = server_.client().post("/api/v1/appointments/" + id + "/reschedule",
                                     object{{"appointmentDate", "2026-12-02T10:00:00.000Z"}}, ann.token);
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.json().at("durationMinutes").as_int64(), 60);
  EXPECT_EQ(text(moved.json().at("reasonName")), "Bilan");
  EXPECT_EQ(text(moved.json().at("endDate")), "2026-12-02T11:00:00.000Z");
}

TEST_P(VisitReasonBookingApiTest, ARetryWithTheSameKeyForAnotherReasonIsRefused) {
  const auto first = add_reason(object{{"name", "Bilan"}, {"durationMinutes", 30}});
  const auto second = add_reason(object{{"name", "Vaccin"}, {"durationMinutes", 30}});
  auto ann = patient("ann@example.com");
  EXPECT_EQ(book_for(ann, "2026-12-01T08:00:00.000Z", first, "key-1").status, 201);
  EXPECT_EQ(book_for(ann, "2026-12-01T08:00:00.000Z", second, "key-1").error_code(), "idempotency_key_reused");
}

TEST_P(VisitReasonBookingApiTest, EmailsAndCalendarFilesShowTheReason) {
  const auto first_visit = add_reason(object{{"name", "Première consultation"},
                                             {"durationMinutes", 45},
                                             {"instructions", "Apportez votre carte Vitale."}});
  auto camille = patient("camille@example.com");
  ASSERT_EQ(server_.client().patch("/api/v1/users/me", object{{"language", "fr"}}, camille.token).status, 200);
  const auto id = id_of(book_for(camille, "2026-12-01T08:00:00.000Z", first_visit));

  auto to_patient = emails_about("camille@example.com", "confirmé");
  ASSERT_EQ(to_patient.size(), 1u);
  EXPECT_NE(to_patient[0].body.find("Motif de consultation : Première consultation"), std::string::npos)
      << to_patient[0].body;
  EXPECT_NE(to_patient[0].body.find("Avant de venir : Apportez votre carte Vitale."), std::string::npos);
  EXPECT_NE(to_patient[0].html.find("Motif de consultation : Première consultation"), std::string::npos);
  auto to_doctor = emails_about("dr.durand@example.com", "New appointment");
  ASSERT_EQ(to_doctor.size(), 1u);
  EXPECT_NE(to_doctor[0].body.find("Reason for the visit: Première consultation"), std::string::npos);
  EXPECT_EQ(to_doctor[0].body.find("Apportez"), std::string::npos);  // what to bring is the patient's

  auto patient_file = server_.client().get("/api/v1/appointments/" + id + "/calendar.ics", camille.token);
  EXPECT_NE(patient_file.body.find("SUMMARY:Première consultation avec Hélène Durand"), std::string::npos)
      << patient_file.body;
  auto doctor_file = server_.client().get("/api/v1/appointments/" + id + "/calendar.ics", doctor_.token);
  EXPECT_NE(doctor_file.body.find("SUMMARY:Première consultation with Test patient"), std::string::npos)
      << doctor_file.body;
}

INSTANTIATE_TEST_SUITE_P(Backends, VisitReasonBookingApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
