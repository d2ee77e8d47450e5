// Time off over bookings: the time off lists the confirmed bookings it covers, and the doctor
// can cancel them all at once, each patient told once.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>

#include "booking_fixture.hpp"

namespace medimeet {
namespace {

using boost::json::object;
using testing::text;

class TimeOffBookingsApiTest : public testing::BookingFixture {
 protected:
  // Tuesday 1 December, the whole day in Paris.
  testing::HttpResult take_tuesday_off() {
    return server_.client().post("/api/v1/doctors/me/time-off",
                                 object{{"start", "2026-11-30T23:00:00.000Z"},
                                        {"end", "2026-12-01T23:00:00.000Z"},
                                        {"reason", "Congrès"}},
                                 doctor_.token);
  }

  // The cancellation notifications a user received.
  std::vector<std::string> cancellations_of(const testing::TestAccount& who) {
    std::vector<std::string> messages;
    const auto document = server_.client().get("/api/v1/notifications", who.token).json();
    for (const auto& notification : document.at("notifications").as_array()) {
      if (text(notification.at("type")) == "appointmentCancellation") messages.push_back(text(notification.at("message")));
    }
    return messages;
  }
};

TEST_P(TimeOffBookingsApiTest, ATimeOffListsTheBookingsItCovers) {
  auto ann = patient("ann@example.com");
  auto bob = patient("bob@example.com");
  const auto anns = id_of(book(ann, "2026-12-01T09:00:00.000Z"));
  const auto bobs = id_of(book(bob, "2026-12-01T08:00:00.000Z"));
  ASSERT_EQ(book(ann, "2026-12-02T08:00:00.000Z").status, 201);  // Wednesday: not covered

  auto created = take_tuesday_off();
  ASSERT_EQ(created.status, 201) << created.body;
  const auto document = created.json();
  const auto& bookings = document.at("bookings").as_array();
  ASSERT_EQ(bookings.size(), 2u);
  EXPECT_EQ(text(bookings[0].at("_id")), bobs);  // earliest first
  EXPECT_EQ(text(bookings[1].at("_id")), anns);
  EXPECT_EQ(text(bookings[1].at("patientName")), "Test patient");
  EXPECT_EQ(text(bookings[1].at("appointmentDate")), "2026-12-01T09:00:00.000Z");

  const auto listed = server_.client().get("/api/v1/doctors/me/time-off", doctor_.token).json();
  EXPECT_EQ(listed.at("timeOff").at(0).at("bookings").as_array().size(), 2u);
  // Nothing is canceled by taking time off, and no new booking fits in it.
  EXPECT_EQ(text(server_.client().get("/api/v1/appointments/" + anns, ann.token).json().at("status")), "confirmed");
  EXPECT_EQ(book(patient("cyd@example.com"), "2026-12-01T10:00:00.000Z").error_code(), "slot_unavailable");
}

TEST_P(TimeOffBookingsApiTest, TheDoctorCancelsTheCoveredBookingsEachPatientToldOnce) {
  auto ann = patient("ann@example.com");
  auto bob = patient("bob@example.com");
  const auto anns = id_of(book(ann, "2026-12-01T09:00:00.000Z"));
  ASSERT_EQ(book(bob, "2026-12-01T08:00:00.000Z").status, 201);
  const auto wednesday = id_of(book(ann, "2026-12-02T08:00:00.000Z"));
  const auto time_off = text(take_tuesday_off().json().at("_id"));
  const auto path = "/api/v1/doctors/me/time-off/" + time_off + "/cancel-bookings";

  auto other = server_.register_account("doctor", "dr.other@example.com");
  EXPECT_EQ(server_.client().post(path, object{}, other.token).status, 404);
  EXPECT_EQ(server_.client().post(path, object{}, ann.token).error_code(), "not_a_doctor");
  EXPECT_EQ(server_.client().post(path, object{{"reason", 12}}, doctor_.token).status, 400);
  EXPECT_TRUE(cancellations_of(ann).empty());

  auto result = server_.client().post(path, object{}, doctor_.token);
  ASSERT_EQ(result.status, 200) << result.body;
  const auto canceled = result.json();
  ASSERT_EQ(canceled.at("canceled").as_array().size(), 2u);
  for (const auto& appointment : canceled.at("canceled").as_array()) {
    EXPECT_EQ(text(appointment.at("status")), "canceled");
    EXPECT_EQ(text(appointment.at("canceledBy")), "doctor");
    EXPECT_EQ(text(appointment.at("cancelReason")), "Congrès");  // the time off's reason
  }
  ASSERT_EQ(cancellations_of(ann).size(), 1u);
  EXPECT_NE(cancellations_of(ann)[0].find("Congrès"), std::string::npos) << cancellations_of(ann)[0];
  EXPECT_EQ(cancellations_of(bob).size(), 1u);
  EXPECT_EQ(text(server_.client().get("/api/v1/appointments/" + anns, ann.token).json().at("status")), "canceled");
  EXPECT_EQ(text(server_.client().get("/api/v1/appointments/" + wednesday, ann.token).json().at("status")),
            "confirmed");

  // Done once: the time off covers no booking any more, and a second call cancels nothing.
  EXPECT_TRUE(server_.client().get("/api/v1/doctors/me/time-off", doctor_.token).json()
                  .at("timeOff").at(0).at("bookings").as_array().empty());
  EXPECT_TRUE(server_.client().post(path, object{}, doctor_.token).json().at("canceled").as_array().empty());
  EXPECT_EQ(cancellations_of(ann).size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Backends, TimeOffBookingsApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
