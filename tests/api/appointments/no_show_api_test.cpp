// A patient who did not come: the doctor marks the appointment noShow once it has started, and
// the stats count it apart from what is still to come and what awaits an outcome.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>

#include "booking_fixture.hpp"

namespace medimeet {
namespace {

using boost::json::object;
using testing::text;

class NoShowApiTest : public testing::BookingFixture {
 protected:
  testing::HttpResult no_show(const std::string& id, const std::string& token) {
    return server_.client().post_empty("/api/v1/appointments/" + id + "/no-show", token);
  }
};

TEST_P(NoShowApiTest, TheDoctorMarksANoShowOnceTheAppointmentStarted) {
  auto ann = patient("ann@example.com");
  const auto missed = id_of(book(ann, "2026-11-30T09:00:00.000Z"));
  ASSERT_EQ(book(ann, "2026-12-01T09:00:00.000Z").status, 201);  // still to come

  EXPECT_EQ(no_show(missed, doctor_.token).error_code(), "not_started");
  server_.clock().set(at("2026-11-30T09:20:00.000Z"));
  EXPECT_EQ(no_show(missed, ann.token).error_code(), "not_a_doctor");
  auto other = server_.register_account("doctor", "dr.other@example.com");
  EXPECT_EQ(no_show(missed, other.token).status, 404);
  EXPECT_EQ(text(server_.client().get("/api/v1/appointments/" + missed, ann.token).json().at("status")), "confirmed");

  auto marked = no_show(missed, doctor_.token);
  ASSERT_EQ(marked.status, 200) << marked.body;
  EXPECT_EQ(text(marked.json().at("status")), "noShow");
  EXPECT_EQ(no_show(missed, doctor_.token).error_code(), "not_confirmed");
  EXPECT_EQ(server_.client().post_empty("/api/v1/appointments/" + missed + "/complete", doctor_.token).error_code(),
            "not_confirmed");

  const auto listed = server_.client().get("/api/v1/appointments?status=noShow", doctor_.token).json();
  ASSERT_EQ(listed.at("appointments").as_array().size(), 1u);
  EXPECT_EQ(text(listed.at("appointments").at(0).at("_id")), missed);

  const auto stats = server_.client().get("/api/v1/doctors/me/stats", doctor_.token).json();
  EXPECT_EQ(stats.at("total").as_int64(), 2);
  EXPECT_EQ(stats.at("byStatus").at("noShow").as_int64(), 1);
  EXPECT_EQ(stats.at("byStatus").at("confirmed").as_int64(), 1);
  EXPECT_EQ(stats.at("percentages").at("noShow").to_number<double>(), 50.0);
  EXPECT_EQ(stats.at("upcoming").as_int64(), 1);
  EXPECT_EQ(stats.at("awaitingOutcome").as_int64(), 0);
}

TEST_P(NoShowApiTest, StatsSeparateWhatIsToComeFromWhatAwaitsAnOutcome) {
  const std::vector<std::pair<std::string, std::string>> bookings = {
      {"ann@example.com", "2026-11-30T09:00:00.000Z"},
      {"bob@example.com", "2026-11-30T09:30:00.000Z"},
      {"cyd@example.com", "2026-12-01T09:00:00.000Z"}};
  for (const auto& [email, start] : bookings) {
    auto booked = book(patient(email), start);
    ASSERT_EQ(booked.status, 201) << booked.body;
  }
  server_.clock().set(at("2026-11-30T10:30:00.000Z"));  // two have started, none is settled
  auto result = server_.client().get("/api/v1/doctors/me/stats", doctor_.token);
  ASSERT_EQ(result.status, 200) << result.body;
  const auto stats = result.json();
  EXPECT_EQ(stats.at("byStatus").at("confirmed").as_int64(), 3);
  EXPECT_EQ(stats.at("upcoming").as_int64(), 1);
  EXPECT_EQ(stats.at("awaitingOutcome").as_int64(), 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, NoShowApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
