// How a doctor consults: at the practice, by video or both, on their profile and in search
// (mode=video); a booking happens in one of them, the visit reason's by default. And the RPPS
// number prescriptions carry, checked by its Luhn digit.
#include <gtest/gtest.h>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "booking_fixture.hpp"

namespace medimeet {
namespace {

using boost::json::array;
using boost::json::object;
using testing::HttpResult;
using testing::text;

class ConsultationModesApiTest : public testing::BookingFixture {
 protected:
  HttpResult set_profile(const object& changes) {
    return server_.client().patch("/api/v1/doctors/me", changes, doctor_.token);
  }
  HttpResult book_in(const testing::TestAccount& who, const std::string& date, const object& extra) {
    object body{{"doctorId", doctor_.id}, {"appointmentDate", date}};
    for (const auto& [key, value] : extra) body[key] = value;
    return server_.client().send("POST", "/api/v1/appointments", boost::json::serialize(body),
                                 {{"Authorization", "Bearer " + who.token}});
  }
  long long found(const std::string& query) {
    auto result = server_.client().get("/api/v1/doctors?" + query);
    EXPECT_EQ(result.status, 200) << result.body;
    return result.json().at("total").as_int64();
  }
};

TEST_P(ConsultationModesApiTest, ADoctorConsultsAtThePracticeUntilTheyOfferVideoAndSearchFindsThem) {
  auto profile = server_.client().get("/api/v1/doctors/" + doctor_.id);
  ASSERT_EQ(profile.status, 200);
  EXPECT_EQ(boost::json::serialize(profile.json().at("consultationModes")), R"(["inPerson"])");
  EXPECT_EQ(found("mode=video"), 0);
  EXPECT_EQ(found("mode=inPerson"), 1);

  auto changed = set_profile(object{{"consultationModes", array{"video", "inPerson", "video"}}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(boost::json::serialize(changed.json().at("consultationModes")), R"(["video","inPerson"])");
  EXPECT_EQ(found("mode=video"), 1);
  EXPECT_EQ(found("mode=video&specialty=dermatologie"), 0);

  EXPECT_EQ(set_profile(object{{"consultationModes", array{}}}).problem_code("consultationModes"), "empty");
  EXPECT_EQ(set_profile(object{{"consultationModes", array{"phone"}}}).problem_code("consultationModes"), "one_of");
  EXPECT_EQ(server_.client().get("/api/v1/doctors?mode=phone").problem_code("mode"), "one_of");
}

TEST_P(ConsultationModesApiTest, ABookingIsInAModeTheDoctorOffersTheReasonsByDefault) {
  const auto ann = patient("ann@example.com");
  auto refused = book_in(ann, "2026-12-01T09:00:00.000Z", object{{"mode", "video"}});
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.problem_code("mode"), "mode_not_offered");
  EXPECT_EQ(server_.count_rows("appointments"), 0);

  ASSERT_EQ(set_profile(object{{"consultationModes", array{"inPerson", "video"}}}).status, 200);
  auto video = book_in(ann, "2026-12-01T09:00:00.000Z", object{{"mode", "video"}});
  ASSERT_EQ(video.status, 201) << video.body;
  EXPECT_EQ(text(video.json().at("mode")), "video");
  auto at_practice = book_in(ann, "2026-12-02T09:00:00.000Z", object{});
  ASSERT_EQ(at_practice.status, 201) << at_practice.body;
  EXPECT_EQ(text(at_practice.json().at("mode")), "inPerson") << "no reason: at the practice";

  auto reason = server_.client().post("/api/v1/doctors/me/visit-reasons",
                                      object{{"name", "Suivi"}, {"durationMinutes", 30}, {"mode", "video"}},
                                      doctor_.token);
  ASSERT_EQ(reason.status, 201) << reason.body;
  const auto reason_id = text(reason.json().at("_id"));
  auto by_reason = book_in(ann, "2026-12-03T09:00:00.000Z", object{{"reasonId", reason_id}});
  ASSERT_EQ(by_reason.status, 201) << by_reason.body;
  EXPECT_EQ(text(by_reason.json().at("mode")), "video") << "the reason's mode";
  EXPECT_EQ(book_in(ann, "2026-12-04T09:00:00.000Z", object{{"reasonId", reason_id}, {"mode", "inPerson"}})
                .problem_code("mode"),
            "one_of")
      << "not another mode than the reason's";
}

TEST_P(ConsultationModesApiTest, AVideoOnlyDoctorIsBookedByVideoWhenNobodySaysAndAKeyRemembersTheMode) {
  const auto ann = patient("ann@example.com");
  ASSERT_EQ(set_profile(object{{"consultationModes", array{"video"}}}).status, 200);
  auto booked = book_in(ann, "2026-12-01T09:00:00.000Z", object{});
  ASSERT_EQ(booked.status, 201) << booked.body;
  EXPECT_EQ(text(booked.json().at("mode")), "video");
  auto reason = server_.client().post("/api/v1/doctors/me/visit-reasons",
                                      object{{"name", "Suivi"}, {"durationMinutes", 30}}, doctor_.token);
  ASSERT_EQ(reason.status, 201) << reason.body;
  EXPECT_EQ(text(reason.json().at("mode")), "video");

  ASSERT_EQ(set_profile(object{{"consultationModes", array{"video", "inPerson"}}}).status, 200);
  auto keyed = [&](const char* mode) {
    object body{{"doctorId", doctor_.id}, {"appointmentDate", "2026-12-02T09:00:00.000Z"}, {"mode", mode},
                {"reasonId", text(reason.json().at("_id"))}};
    return server_.client().send("POST", "/api/v1/appointments", boost::json::serialize(body),
                                 {{"Authorization", "Bearer " + ann.token}, {"Idempotency-Key", "k-1"}});
  };
  EXPECT_EQ(keyed("video").status, 201);
  EXPECT_EQ(keyed("inPerson").error_code(), "idempotency_key_reused") << "another mode is another request";
}

TEST_P(ConsultationModesApiTest, AnRppsNumberIsElevenDigitsWithItsCheckDigit) {
  auto set = set_profile(object{{"rppsNumber", "10003456786"}});
  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_EQ(text(set.json().at("rppsNumber")), "10003456786");
  EXPECT_EQ(set_profile(object{{"rppsNumber", "10003456785"}}).problem_code("rppsNumber"), "not_an_rpps_number");
  EXPECT_EQ(set_profile(object{{"rppsNumber", "1000345678"}}).problem_code("rppsNumber"), "length_between");
  EXPECT_EQ(set_profile(object{{"rppsNumber", "1000345678a"}}).problem_code("rppsNumber"), "not_an_rpps_number");
  auto cleared = set_profile(object{{"rppsNumber", nullptr}});
  ASSERT_EQ(cleared.status, 200);
  EXPECT_TRUE(cleared.json().at("rppsNumber").is_null());
}

INSTANTIATE_TEST_SUITE_P(Backends, ConsultationModesApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
