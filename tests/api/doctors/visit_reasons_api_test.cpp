// Visit reasons: a doctor offers them, each with its own length, fee and mode; patients see the
// listed doctor's reasons and the free slots that fit the one they pick.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>

#include "test_server.hpp"

namespace medimeet {
namespace {

using boost::json::array;
using boost::json::object;
using testing::TestAccount;
using testing::TestBackend;
using testing::TestServer;
using testing::text;

class VisitReasonsApiTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  // Monday 2026-11-30 06:00Z; the doctor works Tuesdays 09:00-11:00 in Paris on a 30-minute grid.
  VisitReasonsApiTest() : server_(GetParam(), {.start_at = parse_iso8601("2026-11-30T06:00:00.000Z")}) {
    doctor_ = listed_doctor("dr.martin@example.com");
  }

  TestAccount listed_doctor(const std::string& email) {
    auto account = server_.register_account("doctor", email);
    auto result = server_.client().patch(
        "/api/v1/doctors/me",
        object{{"specialty", "General practice"},
               {"experience", 10},
               {"location", "Paris"},
               {"price", 25},
               {"timezone", "Europe/Paris"},
               {"availability", array{object{{"day", "tuesday"}, {"startTime", "09:00"}, {"endTime", "11:00"}}}}},
        account.token);
    EXPECT_EQ(result.status, 200) << result.body;
    return account;
  }

  testing::HttpResult add_reason(const TestAccount& who, const object& reason) {
    return server_.client().post("/api/v1/doctors/me/visit-reasons", reason, who.token);
  }

  std::string add_reason_id(const object& reason) {
    auto result = add_reason(doctor_, reason);
    EXPECT_EQ(result.status, 201) << result.body;
    return result.status == 201 ? text(result.json().at("_id")) : "";
  }

  // The local start times of the doctor's free slots on Tuesday 1 December.
  std::vector<std::string> tuesday_slots(const std::string& query = "") {
    auto result = server_.client().get("/api/v1/doctors/" + doctor_.id +
                                       "/slots?from=2026-12-01&to=2026-12-01" + query);
    EXPECT_EQ(result.status, 200) << result.body;
    std::vector<std::string> starts;
    if (result.status != 200) return starts;
    const auto document = result.json();  // a temporary would die before the loop
    for (const auto& slot : document.at("slots").as_array()) {
      starts.push_back(text(slot.at("local")).substr(11) + "-" + text(slot.at("end")).substr(11, 5));
    }
    return starts;
  }

  TestServer server_;
  TestAccount doctor_;
};

TEST_P(VisitReasonsApiTest, ADoctorOffersReasonsThatPatientsSee) {
  auto created = add_reason(doctor_, object{{"name", "  Première consultation "},
                                            {"durationMinutes", 45},
                                            {"price", 50},
                                            {"mode", "inPerson"},
                                            {"newPatients", true},
                                            {"instructions", "Apportez votre carte Vitale."}});
  ASSERT_EQ(created.status, 201) << created.body;
  auto reason = created.json().as_object();
  EXPECT_EQ(text(reason.at("name")), "Première consultation");
  EXPECT_EQ(reason.at("durationMinutes").as_int64(), 45);
  EXPECT_EQ(reason.at("price").to_number<double>(), 50.0);
  EXPECT_EQ(text(reason.at("currency")), "EUR");
  EXPECT_EQ(text(reason.at("mode")), "inPerson");
  EXPECT_EQ(text(reason.at("doctorId")), doctor_.id);
  const auto id = text(reason.at("_id"));
  const object video_reason{{"name", "Téléconsultation de suivi"}, {"durationMinutes", 15}, {"mode", "video"}};
  EXPECT_EQ(add_reason(doctor_, video_reason).problem_code("mode"), "mode_not_offered")
      << "a doctor consults at the practice until they say they offer video";
  ASSERT_EQ(server_.client()
                .patch("/api/v1/doctors/me", object{{"consultationModes", array{"inPerson", "video"}}}, doctor_.token)
                .status,
            200);
  add_reason_id(video_reason);
  EXPECT_EQ(server_.client()
                .patch("/api/v1/doctors/me", object{{"consultationModes", array{"inPerson"}}}, doctor_.token)
                .problem_code("consultationModes"),
            "needed_by_visit_reason")
      << "video stays while a reason uses it";

  auto listed = server_.client().get("/api/v1/doctors/" + doctor_.id + "/visit-reasons");
  ASSERT_EQ(listed.status, 200) << listed.body;
  const auto reasons = listed.json().at("visitReasons").as_array();
  ASSERT_EQ(reasons.size(), 2u);
  EXPECT_EQ(text(reasons[0].at("_id")), id);  // oldest first
  EXPECT_EQ(text(reasons[1].at("mode")), "video");
  EXPECT_TRUE(reasons[1].at("price").is_null());  // the doctor's fee applies

  auto changed = server_.client().patch("/api/v1/doctors/me/visit-reasons/" + id,
                                        object{{"durationMinutes", 60}, {"price", nullptr}}, doctor_.token);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json().at("durationMinutes").as_int64(), 60);
  EXPECT_TRUE(changed.json().at("price").is_null());
  EXPECT_EQ(text(changed.json().at("name")), "Première consultation");  // absent fields stay

  EXPECT_EQ(server_.client().del("/api/v1/doctors/me/visit-reasons/" + id, doctor_.token).status, 204);
  auto own = server_.client().get("/api/v1/doctors/me/visit-reasons", doctor_.token).json();
  ASSERT_EQ(own.at("visitReasons").as_array().size(), 1u);
  EXPECT_EQ(text(own.at("visitReasons").as_array()[0].at("name")), "Téléconsultation de suivi");
  EXPECT_EQ(server_.count_rows("visit_reasons"), 2);  // archived, not deleted
  EXPECT_EQ(server_.client().del("/api/v1/doctors/me/visit-reasons/" + id, doctor_.token).status, 404);
}

TEST_P(VisitReasonsApiTest, ADoctorChangesOnlyTheirOwnReasons) {
  const auto id = add_reason_id(object{{"name", "Bilan"}, {"durationMinutes", 60}});
  auto other = listed_doctor("dr.other@example.com");
  auto patient = server_.register_account("patient", "ann@example.com");
  EXPECT_EQ(server_.client().patch("/api/v1/doctors/me/visit-reasons/" + id, object{{"name", "Mine"}}, other.token)
                .error_code(),
            "not_found");
  EXPECT_EQ(server_.client().del("/api/v1/doctors/me/visit-reasons/" + id, other.token).error_code(), "not_found");
  EXPECT_EQ(add_reason(patient, object{{"name", "Bilan"}, {"durationMinutes", 60}}).error_code(), "not_a_doctor");
  EXPECT_EQ(server_.client().get("/api/v1/doctors/me/visit-reasons", patient.token).error_code(), "not_a_doctor");
  EXPECT_TRUE(server_.client().get("/api/v1/doctors/me/visit-reasons", other.token).json().at("visitReasons")
                  .as_array()
                  .empty());
  EXPECT_EQ(text(server_.client().get("/api/v1/doctors/" + doctor_.id + "/visit-reasons").json()
                     .at("visitReasons").as_array()[0].at("name")),
            "Bilan");
  // An unlisted doctor's reasons are not shown, as their page is not.
  auto unlisted = server_.register_account("doctor", "dr.new@example.com");
  EXPECT_EQ(server_.client().get("/api/v1/doctors/" + unlisted.id + "/visit-reasons").status, 404);
}

TEST_P(VisitReasonsApiTest, BadReasonsNameTheFieldAndChangeNothing) {
  struct Case {
    object body;
    std::string field;
    std::string code;
  };
  const std::vector<Case> cases = {
      {object{{"durationMinutes", 30}}, "name", "required"},
      {object{{"name", "Bilan"}}, "durationMinutes", "required"},
      {object{{"name", "   "}, {"durationMinutes", 30}}, "name", "required"},
      {object{{"name", "Bilan"}, {"durationMinutes", 42}}, "durationMinutes", "multiple_of"},
      {object{{"name", "Bilan"}, {"durationMinutes", 5}}, "durationMinutes", "out_of_range"},
      {object{{"name", "Bilan"}, {"durationMinutes", 30}, {"mode", "phone"}}, "mode", "one_of"},
      {object{{"name", "Bilan"}, {"durationMinutes", 30}, {"price", 12.345}}, "price", "too_many_decimals"},
      {object{{"name", "Bilan"}, {"durationMinutes", 30}, {"price", -1}}, "price", "out_of_range"},
      {object{{"name", std::string(101, 'a')}, {"durationMinutes", 30}}, "name", "too_long"},
      {object{{"name", "Bilan"}, {"durationMinutes", 30}, {"colour", "red"}}, "colour", "unknown_field"},
  };
  for (const auto& bad : cases) {
    auto result = add_reason(doctor_, bad.body);
    EXPECT_EQ(result.status, 400) << result.body;
    EXPECT_EQ(result.problem_code(bad.field), bad.code) << result.body;
  }
  EXPECT_EQ(server_.count_rows("visit_reasons"), 0);
}

TEST_P(VisitReasonsApiTest, ADoctorOffersAtMostThirtyReasons) {
  for (int i = 0; i < 30; ++i) add_reason_id(object{{"name", "Reason " + std::to_string(i)}, {"durationMinutes", 30}});
  EXPECT_EQ(add_reason(doctor_, object{{"name", "One more"}, {"durationMinutes", 30}}).error_code(),
            "too_many_visit_reasons");
  EXPECT_EQ(server_.count_rows("visit_reasons"), 30);
}

TEST_P(VisitReasonsApiTest, TheSlotsFitTheLengthOfTheReasonPicked) {
  const auto long_visit = add_reason_id(object{{"name", "Bilan complet"}, {"durationMinutes", 45}});
  const auto short_visit = add_reason_id(object{{"name", "Renouvellement"}, {"durationMinutes", 15}});
  // Without a reason: the doctor's 30-minute grid, 09:00-11:00 in Paris (08:00-10:00Z).
  EXPECT_EQ(tuesday_slots(), (std::vector<std::string>{"09:00-08:30", "09:30-09:00", "10:00-09:30", "10:30-10:00"}));
  // 45 minutes on the 30-minute marks; 10:30 would end past the window.
  EXPECT_EQ(tuesday_slots("&reasonId=" + long_visit),
            (std::vector<std::string>{"09:00-08:45", "09:30-09:15", "10:00-09:45"}));
  // 15 minutes at every quarter hour.
  EXPECT_EQ(tuesday_slots("&reasonId=" + short_visit).size(), 8u);
  EXPECT_EQ(server_.client().get("/api/v1/doctors/" + doctor_.id + "/slots?reasonId=nope").problem_code("reasonId"),
            "not_an_id");
  EXPECT_EQ(server_.client().get("/api/v1/doctors/" + doctor_.id + "/slots?reasonId=6650f1a2b3c4d5e6f7a8b9c0")
                .error_code(),
            "not_found");
}

INSTANTIATE_TEST_SUITE_P(Backends, VisitReasonsApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
