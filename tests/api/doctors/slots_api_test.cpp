#include <gtest/gtest.h>

#include <boost/json/object.hpp>

#include "test_server.hpp"

namespace medimeet {
namespace {

using namespace std::chrono_literals;
using boost::json::array;
using boost::json::object;
using testing::TestBackend;
using testing::TestServer;
using testing::text;

TimePoint at(const char* iso) { return *parse_iso8601(iso); }

class SlotsApiTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  SlotsApiTest() : server_(GetParam()) { server_.clock().set(at("2026-03-20T12:00:00.000Z")); }

  testing::TestAccount doctor(const std::string& timezone, const array& windows, int minutes = 30) {
    auto account = server_.register_account("doctor", "dr" + std::to_string(++doctors_) + "@example.com");
    auto result = server_.client().patch("/api/v1/doctors/me",
                                         object{{"specialty", "General practice"},
                                                {"experience", 10},
                                                {"location", "Paris"},
                                                {"price", 25},
                                                {"timezone", timezone},
                                                {"consultationMinutes", minutes},
                                                {"availability", windows}},
                                         account.token);
    EXPECT_EQ(result.status, 200) << result.body;
    return account;
  }

  // "start|local" of each slot.
  std::vector<std::string> slots(const std::string& doctor_id, const std::string& query) {
    auto result = server_.client().get("/api/v1/doctors/" + doctor_id + "/slots" + query);
    EXPECT_EQ(result.status, 200) << result.body;
    std::vector<std::string> found;
    if (result.status != 200) return found;
    const auto document = result.json();
    for (const auto& slot : document.at("slots").as_array()) {
      found.push_back(text(slot.at("start")) + "|" + text(slot.at("local")));
    }
    return found;
  }

  TestServer server_;
  int doctors_ = 0;
};

TEST_P(SlotsApiTest, ANineOClockWindowStaysNineOClockAcrossTheDaylightSavingChange) {
  auto paris = doctor("Europe/Paris", array{object{{"day", "monday"}, {"startTime", "09:00"}, {"endTime", "10:00"}}});
  // Monday 23 March is still winter time (UTC+1), Monday 30 March summer time (UTC+2).
  EXPECT_EQ(slots(paris.id, "?from=2026-03-23&to=2026-03-30"),
            (std::vector<std::string>{"2026-03-23T08:00:00.000Z|2026-03-23T09:00",
                                      "2026-03-23T08:30:00.000Z|2026-03-23T09:30",
                                      "2026-03-30T07:00:00.000Z|2026-03-30T09:00",
                                      "2026-03-30T07:30:00.000Z|2026-03-30T09:30"}));
  auto document = server_.client().get("/api/v1/doctors/" + paris.id + "/slots?from=2026-03-23&to=2026-03-23").json().as_object();
  EXPECT_EQ(text(document.at("doctorId")), paris.id);
  EXPECT_EQ(text(document.at("timezone")), "Europe/Paris");
  EXPECT_EQ(text(document.at("slots").as_array()[0].at("end")), "2026-03-23T08:30:00.000Z");
}

TEST_P(SlotsApiTest, AWindowThatCrossesUtcMidnight) {
  auto los_angeles = doctor("America/Los_Angeles",
                            array{object{{"day", "tuesday"}, {"startTime", "15:00"}, {"endTime", "17:00"}}}, 60);
  // 15:00 and 16:00 PDT on Tuesday 24 March are 22:00 and 23:00Z; in winter (PST) they would be
  // 23:00Z Tuesday and 00:00Z Wednesday.
  EXPECT_EQ(slots(los_angeles.id, "?from=2026-03-24&to=2026-03-24"),
            (std::vector<std::string>{"2026-03-24T22:00:00.000Z|2026-03-24T15:00",
                                      "2026-03-24T23:00:00.000Z|2026-03-24T16:00"}));
  EXPECT_EQ(slots(los_angeles.id, "?from=2026-12-01&to=2026-12-01"),
            (std::vector<std::string>{"2026-12-01T23:00:00.000Z|2026-12-01T15:00",
                                      "2026-12-02T00:00:00.000Z|2026-12-01T16:00"}));
}

TEST_P(SlotsApiTest, ADoctorFarFromThePatientIsBookedInTheirOwnDays) {
  auto tokyo = doctor("Asia/Tokyo", array{object{{"day", "monday"}, {"startTime", "08:00"}, {"endTime", "09:00"}}}, 60);
  // Monday 08:00 in Tokyo is Sunday 23:00Z: still the doctor's Monday.
  EXPECT_EQ(slots(tokyo.id, "?from=2026-03-23&to=2026-03-23"),
            (std::vector<std::string>{"2026-03-22T23:00:00.000Z|2026-03-23T08:00"}));
}

TEST_P(SlotsApiTest, TimeOffAndLiveAppointmentsAreNotOffered) {
  auto paris = doctor("Europe/Paris", array{object{{"day", "monday"}, {"startTime", "09:00"}, {"endTime", "10:30"}}});
  auto patient = server_.register_account("patient", "ann@example.com");
  server_.insert_appointment(patient.id, paris.id, at("2026-03-23T08:00:00.000Z"), 30, "confirmed");
  server_.insert_appointment(patient.id, paris.id, at("2026-03-23T08:30:00.000Z"), 30, "canceled");
  server_.insert_appointment(patient.id, paris.id, at("2026-03-23T09:00:00.000Z"), 30, "completed");
  EXPECT_EQ(slots(paris.id, "?from=2026-03-23&to=2026-03-23"),
            (std::vector<std::string>{"2026-03-23T08:30:00.000Z|2026-03-23T09:30"}));

  auto time_off = server_.client().post("/api/v1/doctors/me/time-off",
                                        object{{"start", "2026-03-29T22:00:00.000Z"},
                                               {"end", "2026-03-30T07:30:00.000Z"},
                                               {"reason", "late start"}},
                                        paris.token);
  ASSERT_EQ(time_off.status, 201);
  EXPECT_EQ(slots(paris.id, "?from=2026-03-30&to=2026-03-30"),
            (std::vector<std::string>{"2026-03-30T07:30:00.000Z|2026-03-30T09:30",
                                      "2026-03-30T08:00:00.000Z|2026-03-30T10:00"}));
}

TEST_P(SlotsApiTest, ThePastAndTheMinimumNoticeAreNotOffered) {
  auto paris = doctor("Europe/Paris", array{object{{"day", "monday"}, {"startTime", "09:00"}, {"endTime", "12:00"}}}, 60);
  server_.clock().set(at("2026-03-23T07:30:00.000Z"));  // 08:30 in Paris; 2 h notice: from 09:30Z
  EXPECT_EQ(slots(paris.id, "?from=2026-03-23&to=2026-03-23"),
            (std::vector<std::string>{"2026-03-23T10:00:00.000Z|2026-03-23T11:00"}));
  EXPECT_EQ(slots(paris.id, "?from=2026-03-16&to=2026-03-16"), (std::vector<std::string>{}));
}

TEST_P(SlotsApiTest, RangesAreCheckedAndDefaultToAWeek) {
  auto paris = doctor("Europe/Paris", array{object{{"day", "monday"}, {"startTime", "09:00"}, {"endTime", "10:00"}}}, 60);
  const auto base = "/api/v1/doctors/" + paris.id + "/slots";
  struct Bad { std::string query; std::string field; };
  for (const auto& bad : {Bad{"?from=2026-03-23&to=2026-04-23", "to"}, Bad{"?from=2026-03-23&to=2026-03-22", "to"},
                          Bad{"?from=23/03/2026", "from"}, Bad{"?from=2026-02-30", "from"}}) {
    auto result = server_.client().get(base + bad.query);
    EXPECT_EQ(result.status, 400) << bad.query;
    EXPECT_FALSE(result.field_error(bad.field).empty()) << bad.query << " " << result.body;
  }
  EXPECT_EQ(server_.client().get(base + "?from=2026-03-23&to=2026-04-22").status, 200);  // 31 days
  // Friday 20 March: the default week holds Monday 23 March.
  EXPECT_EQ(slots(paris.id, ""), (std::vector<std::string>{"2026-03-23T08:00:00.000Z|2026-03-23T09:00"}));
  EXPECT_EQ(server_.client().get("/api/v1/doctors/6924810000aabbccddeeff00/slots").status, 404);
  EXPECT_EQ(server_.client().get("/api/v1/doctors/nonsense/slots").status, 404);
}

INSTANTIATE_TEST_SUITE_P(Backends, SlotsApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
