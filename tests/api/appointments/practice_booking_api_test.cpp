// The practice books a free slot on the phone: for a patient it already has, or for a new one
// who gets an account and an invitation to choose a password.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>

#include <regex>

#include "booking_fixture.hpp"

namespace medimeet {
namespace {

using boost::json::object;
using testing::text;

class PracticeBookingApiTest : public testing::BookingFixture {
 protected:
  PracticeBookingApiTest() : BookingFixture({.smtp = true}) {}

  testing::HttpResult book_by_phone(const object& body, const std::string& token = "") {
    return server_.client().post("/api/v1/doctors/me/appointments", body, token.empty() ? doctor_.token : token);
  }

  static object camille() {
    return object{{"name", "Camille Petit"}, {"email", "camille.petit@example.com"}, {"phone", "+33611223344"}};
  }
};

TEST_P(PracticeBookingApiTest, ThePracticeBooksOneOfItsPatientsWithoutTheOnlineNotice) {
  auto ann = patient("ann@example.com");
  ASSERT_EQ(book(ann, "2026-12-02T09:00:00.000Z").status, 201);  // Ann is the doctor's patient
  server_.clock().set(at("2026-11-30T07:30:00.000Z"));
  // 08:00Z is 30 minutes away: too soon online, fine for the practice on the phone.
  EXPECT_EQ(book(patient("web@example.com"), "2026-11-30T08:00:00.000Z").error_code(), "slot_unavailable");
  auto booked = book_by_phone(object{{"patientId", ann.id}, {"appointmentDate", "2026-11-30T08:00:00.000Z"},
                                     {"notes", "Called at 8:25"}});
  ASSERT_EQ(booked.status, 201) << booked.body;
  EXPECT_EQ(text(booked.json().at("patientId")), ann.id);
  EXPECT_EQ(text(booked.json().at("status")), "confirmed");

  // The patient sees it and is told, as for an online booking.
  const auto mine = server_.client().get("/api/v1/appointments", ann.token).json();
  EXPECT_EQ(mine.at("total").as_int64(), 2);
  const auto notices = server_.client().get("/api/v1/notifications", ann.token).json();
  int confirmations = 0;
  for (const auto& notice : notices.at("notifications").as_array()) {
    if (text(notice.at("type")) == "appointmentConfirmation") ++confirmations;
  }
  EXPECT_EQ(confirmations, 2);

  // A taken or closed time stays refused.
  EXPECT_EQ(book_by_phone(object{{"patientId", ann.id}, {"appointmentDate", "2026-11-30T08:00:00.000Z"}})
                .error_code(),
            "slot_unavailable");
}

TEST_P(PracticeBookingApiTest, OnlyThePracticesOwnPatientsCanBePicked) {
  auto stranger = patient("stranger@example.com");
  EXPECT_EQ(book_by_phone(object{{"patientId", stranger.id}, {"appointmentDate", "2026-12-01T08:00:00.000Z"}}).status,
            404);
  EXPECT_EQ(book_by_phone(object{{"patientId", stranger.id}, {"appointmentDate", "2026-12-01T08:00:00.000Z"}},
                          stranger.token)
                .error_code(),
            "not_a_doctor");
  EXPECT_EQ(server_.count_rows("appointments"), 0);
}

TEST_P(PracticeBookingApiTest, ANewPatientGetsAnAccountAndAnInvitationInThePracticesLanguage) {
  ASSERT_EQ(server_.client().patch("/api/v1/users/me", object{{"language", "fr"}}, doctor_.token).status, 200);
  const auto users_before = server_.count_rows("users");
  auto booked = book_by_phone(object{{"patient", camille()}, {"appointmentDate", "2026-12-01T08:00:00.000Z"}});
  ASSERT_EQ(booked.status, 201) << booked.body;
  EXPECT_EQ(text(booked.json().at("patientName")), "Camille Petit");
  EXPECT_EQ(text(booked.json().at("patientPhone")), "+33611223344");
  EXPECT_EQ(server_.count_rows("users"), users_before + 1);

  auto invitations = emails_about("camille.petit@example.com", "Votre compte MediMeet");
  ASSERT_EQ(invitations.size(), 1u);
  EXPECT_NE(invitations[0].body.find("Dr Hélène Durand a pris un rendez-vous pour vous"), std::string::npos)
      << invitations[0].body;
  std::smatch link;
  ASSERT_TRUE(std::regex_search(invitations[0].body, link, std::regex("/reset-password\\?token=([A-Za-z0-9_-]+)")));
  EXPECT_EQ(emails_about("camille.petit@example.com", "confirmé").size(), 1u);  // and the booking itself

  // The link lets them choose a password, then sign in and find the appointment.
  ASSERT_EQ(server_.client()
                .post("/api/v1/auth/reset-password", object{{"token", link[1].str()}, {"password", "un cheval correct"}})
                .status / 100,
            2);
  auto login = server_.client().post("/api/v1/auth/login",
                                     object{{"email", "camille.petit@example.com"}, {"password", "un cheval correct"}});
  ASSERT_EQ(login.status, 200) << login.body;
  EXPECT_TRUE(login.json().at("user").at("emailVerified").as_bool());
  const auto token = text(login.json().at("token"));
  EXPECT_EQ(server_.client().get("/api/v1/appointments", token).json().at("total").as_int64(), 1);
}

TEST_P(PracticeBookingApiTest, BadRequestsNameTheFieldAndChangeNothing) {
  auto ann = patient("ann@example.com");
  const auto users_before = server_.count_rows("users");
  // The address already has an account: the practice picks the patient instead.
  auto taken = camille();
  taken["email"] = "ann@example.com";
  EXPECT_EQ(book_by_phone(object{{"patient", taken}, {"appointmentDate", "2026-12-01T08:00:00.000Z"}}).error_code(),
            "email_taken");
  auto bad_phone = camille();
  bad_phone["phone"] = "06 11 22";
  EXPECT_EQ(book_by_phone(object{{"patient", bad_phone}, {"appointmentDate", "2026-12-01T08:00:00.000Z"}})
                .problem_code("phone"),
            "invalid_phone");
  EXPECT_EQ(book_by_phone(object{{"patient", object{{"name", "X Y"}}}, {"appointmentDate", "2026-12-01T08:00:00.000Z"}})
                .problem_code("patient.email"),
            "required");
  EXPECT_EQ(book_by_phone(object{{"patientId", ann.id}, {"patient", camille()},
                                 {"appointmentDate", "2026-12-01T08:00:00.000Z"}})
                .problem_code("patientId"),
            "required");
  EXPECT_EQ(book_by_phone(object{{"appointmentDate", "2026-12-01T08:00:00.000Z"}}).problem_code("patientId"), "required");
  // Taken slot with a new patient: nothing of the new account stays.
  ASSERT_EQ(book(ann, "2026-12-01T08:00:00.000Z").status, 201);
  EXPECT_EQ(book_by_phone(object{{"patient", camille()}, {"appointmentDate", "2026-12-01T08:00:00.000Z"}}).error_code(),
            "slot_unavailable");
  EXPECT_EQ(server_.count_rows("users"), users_before);
  EXPECT_EQ(server_.count_rows("appointments"), 1);
}

TEST_P(PracticeBookingApiTest, APracticeOpensAtMostThirtyAccountsADay) {
  // Thirty new patients fill the week's thirty slots; the thirty-first is refused before any slot.
  int booked = 0;
  for (int day = 0; day < 5; ++day) {
    for (int slot = 0; slot < 6; ++slot) {
      char start[32];
      std::snprintf(start, sizeof start, "2026-1%d-%02dT%02d:%02d:00.000Z", day == 0 ? 1 : 2, day == 0 ? 30 : day,
                    8 + slot / 2, slot % 2 * 30);
      auto patient = object{{"name", "Patient " + std::to_string(booked)},
                            {"email", "new" + std::to_string(booked) + "@example.com"},
                            {"phone", "+336112233" + std::to_string(10 + booked)}};
      auto result = book_by_phone(object{{"patient", patient}, {"appointmentDate", start}});
      ASSERT_EQ(result.status, 201) << start << " " << result.body;
      ++booked;
    }
  }
  auto refused = book_by_phone(object{{"patient", camille()}, {"appointmentDate", "2026-12-07T08:00:00.000Z"}});
  EXPECT_EQ(refused.status, 429) << refused.body;
}

INSTANTIATE_TEST_SUITE_P(Backends, PracticeBookingApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
