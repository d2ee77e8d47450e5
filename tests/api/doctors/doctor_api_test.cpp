#include <gtest/gtest.h>

#include <map>

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

object weekdays(const char* start, const char* end) {
  array windows;
  for (const char* day : {"monday", "tuesday", "wednesday", "thursday", "friday"}) {
    windows.push_back(object{{"day", day}, {"startTime", start}, {"endTime", end}});
  }
  return object{{"availability", windows}};
}

object complete_profile(const std::string& specialty, int experience, const std::string& location) {
  auto profile = weekdays("09:00", "12:00");
  profile["specialty"] = specialty;
  profile["experience"] = experience;
  profile["location"] = location;
  profile["price"] = 30;
  profile["timezone"] = "Europe/Paris";
  return profile;
}

class DoctorApiTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  DoctorApiTest() : server_(GetParam()) {
    server_.clock().set(*parse_iso8601("2026-11-30T06:00:00.000Z"));  // a Monday
  }

  testing::TestAccount doctor(const std::string& email, const std::string& name, const object& profile) {
    auto account = server_.register_account("doctor", email);
    EXPECT_EQ(server_.client().patch("/api/v1/users/me", object{{"name", name}}, account.token).status, 200);
    auto result = server_.client().patch("/api/v1/doctors/me", profile, account.token);
    EXPECT_EQ(result.status, 200) << result.body;
    return account;
  }

  std::vector<std::string> names(const std::string& query) {
    auto result = server_.client().get("/api/v1/doctors" + query);
    EXPECT_EQ(result.status, 200) << result.body;
    std::vector<std::string> found;
    const auto document = result.json();
    for (const auto& listing : document.at("doctors").as_array()) found.push_back(text(listing.at("name")));
    return found;
  }

  TestServer server_;
};

TEST_P(DoctorApiTest, ANewDoctorIsUnlistedWithDefaults) {
  auto account = server_.register_account("doctor", "dr.who@example.com");
  auto me = server_.client().get("/api/v1/doctors/me", account.token);
  ASSERT_EQ(me.status, 200) << me.body;
  auto profile = me.json().as_object();
  EXPECT_EQ(text(profile.at("timezone")), "UTC");
  EXPECT_EQ(profile.at("consultationMinutes").as_int64(), 30);
  EXPECT_EQ(profile.at("listed"), false);
  EXPECT_EQ(profile.at("averageRating").to_number<double>(), 0.0);
  EXPECT_EQ(profile.at("reviewCount").as_int64(), 0);
  EXPECT_TRUE(profile.at("specialty").is_null());
  EXPECT_EQ(server_.client().get("/api/v1/doctors/" + account.id).status, 404);
  EXPECT_EQ(server_.client().get("/api/v1/doctors/" + account.id + "/slots").status, 404);
  EXPECT_EQ(server_.client().get("/api/v1/doctors").json().at("total").as_int64(), 0);
}

TEST_P(DoctorApiTest, TheOperatorSetsTheDefaultTimeZoneAndTheNotice) {
  TestServer configured(GetParam(), {.adjust = [](app::Config& config) {
                          config.default_timezone = "America/Montreal";
                          config.min_notice = "30m";
                        }});
  configured.clock().set(*parse_iso8601("2026-11-30T14:00:00.000Z"));  // Monday 09:00 in Montreal
  auto account = configured.register_account("doctor", "dr.tremblay@example.com");
  auto me = configured.client().get("/api/v1/doctors/me", account.token).json().as_object();
  EXPECT_EQ(text(me.at("timezone")), "America/Montreal");
  auto profile = complete_profile("GP", 5, "Montréal");
  profile.erase("timezone");
  ASSERT_EQ(configured.client().patch("/api/v1/doctors/me", profile, account.token).status, 200);
  // With 30 minutes of notice, 09:30 is the first slot still offered this morning.
  auto listing = configured.client().get("/api/v1/doctors/" + account.id).json().as_object();
  EXPECT_EQ(text(listing.at("nextSlot").at("local")), "2026-11-30T09:30");
}

TEST_P(DoctorApiTest, ACompleteProfileIsListedPublicly) {
  auto account = doctor("dr.durand@example.com", "Hélène Durand", complete_profile("Cardiologie", 12, "Paris 15e"));
  auto me = server_.client().get("/api/v1/doctors/me", account.token).json().as_object();
  EXPECT_EQ(me.at("listed"), true);
  EXPECT_EQ(me.at("availability").as_array().size(), 5u);
  EXPECT_EQ(text(me.at("availability").as_array()[0].at("startTime")), "09:00");

  auto listing = server_.client().get("/api/v1/doctors/" + account.id);
  ASSERT_EQ(listing.status, 200) << listing.body;
  auto document = listing.json().as_object();
  EXPECT_EQ(text(document.at("name")), "Hélène Durand");
  EXPECT_FALSE(document.contains("listed"));
  EXPECT_FALSE(document.contains("email"));
  // Monday 06:00Z with 2 h notice: the first free slot is 09:00 Paris (08:00Z) that day.
  EXPECT_EQ(text(document.at("nextSlot").at("start")), "2026-11-30T08:00:00.000Z");
  EXPECT_EQ(text(document.at("nextSlot").at("local")), "2026-11-30T09:00");

  // Clearing a required field unlists the doctor.
  server_.client().patch("/api/v1/doctors/me", object{{"price", nullptr}}, account.token);
  EXPECT_EQ(server_.client().get("/api/v1/doctors/" + account.id).status, 404);
}

TEST_P(DoctorApiTest, EachInvalidFieldIsNamedAndNothingChanges) {
  auto account = doctor("dr.durand@example.com", "Hélène Durand", complete_profile("Cardiologie", 12, "Paris"));
  const auto before = server_.client().get("/api/v1/doctors/me", account.token).body;
  const std::vector<std::pair<object, std::string>> cases = {
      {object{{"timezone", "Mars/Olympus"}}, "timezone"},
      {object{{"timezone", 1}}, "timezone"},
      {object{{"consultationMinutes", 7}}, "consultationMinutes"},
      {object{{"consultationMinutes", 33}}, "consultationMinutes"},
      {object{{"consultationMinutes", 30.5}}, "consultationMinutes"},
      {object{{"experience", 200}}, "experience"},
      {object{{"price", -1}}, "price"},
      {object{{"price", "30"}}, "price"},
      {object{{"specialty", "x"}}, "specialty"},
      {object{{"availability", array{object{{"day", "funday"}, {"startTime", "09:00"}, {"endTime", "10:00"}}}}}, "availability.0.day"},
      {object{{"availability", array{object{{"day", "monday"}, {"startTime", "9h"}, {"endTime", "10:00"}}}}}, "availability.0.startTime"},
      {object{{"availability", array{object{{"day", "monday"}, {"startTime", "11:00"}, {"endTime", "10:00"}}}}}, "availability.0.endTime"},
      {object{{"availability", array{object{{"day", "monday"}, {"startTime", "09:00"}}}}}, "availability.0.endTime"},
      {object{{"availability", array{object{{"day", "monday"}, {"startTime", "09:00"}, {"endTime", "11:00"}},
                                     object{{"day", "monday"}, {"startTime", "10:30"}, {"endTime", "12:00"}}}}}, "availability"},
      {object{{"listed", true}}, "listed"},
  };
  for (const auto& [body, field] : cases) {
    auto result = server_.client().patch("/api/v1/doctors/me", body, account.token);
    EXPECT_EQ(result.status, 400) << field << ": " << result.body;
    EXPECT_FALSE(result.field_error(field).empty()) << field << ": " << result.body;
  }
  EXPECT_EQ(server_.client().get("/api/v1/doctors/me", account.token).body, before);
}

TEST_P(DoctorApiTest, OnlyDoctorsHaveADoctorProfile) {
  auto patient = server_.register_account("patient", "ann@example.com");
  EXPECT_EQ(server_.client().get("/api/v1/doctors/me", patient.token).status, 403);
  EXPECT_EQ(server_.client().patch("/api/v1/doctors/me", object{{"price", 10}}, patient.token).error_code(), "not_a_doctor");
  EXPECT_EQ(server_.client().get("/api/v1/doctors/me/time-off", patient.token).status, 403);
  EXPECT_EQ(server_.client().get("/api/v1/doctors/me").status, 401);
}

TEST_P(DoctorApiTest, SearchFiltersBySpecialtyNameAndPlaceIgnoringCaseAndAccents) {
  doctor("a@example.com", "Hélène Durand", complete_profile("Cardiologie", 12, "Paris 15e"));
  doctor("b@example.com", "Jean Dupré", complete_profile("cardiologie", 25, "Lyon"));
  doctor("c@example.com", "Zoé Martin", complete_profile("Dermatologie", 3, "Paris 11e"));
  server_.register_account("doctor", "unlisted@example.com");

  EXPECT_EQ(names(""), (std::vector<std::string>{"Hélène Durand", "Jean Dupré", "Zoé Martin"}));
  EXPECT_EQ(names("?specialty=CARDIOLOGIE&sort=experience"), (std::vector<std::string>{"Jean Dupré", "Hélène Durand"}));
  EXPECT_EQ(names("?q=helene"), (std::vector<std::string>{"Hélène Durand"}));
  EXPECT_EQ(names("?q=DUPRE"), (std::vector<std::string>{"Jean Dupré"}));
  EXPECT_EQ(names("?q=%25"), (std::vector<std::string>{}));  // LIKE wildcards are plain text
  EXPECT_EQ(names("?location=paris&sort=name"), (std::vector<std::string>{"Hélène Durand", "Zoé Martin"}));
  EXPECT_EQ(names("?specialty=dermatologie&location=lyon"), (std::vector<std::string>{}));

  auto page = server_.client().get("/api/v1/doctors?sort=name&limit=2&page=2").json().as_object();
  EXPECT_EQ(page.at("total").as_int64(), 3);
  EXPECT_EQ(page.at("page").as_int64(), 2);
  ASSERT_EQ(page.at("doctors").as_array().size(), 1u);
  EXPECT_EQ(text(page.at("doctors").as_array()[0].at("name")), "Zoé Martin");

  auto clamped = server_.client().get("/api/v1/doctors?limit=100000").json().as_object();
  EXPECT_EQ(clamped.at("limit").as_int64(), 50);

  for (const char* bad : {"?sort=price", "?limit=0", "?page=-1", "?limit=ten", "?availableOn=2026-13-01"}) {
    auto result = server_.client().get(std::string("/api/v1/doctors") + bad);
    EXPECT_EQ(result.status, 400) << bad;
    EXPECT_EQ(result.error_code(), "validation_failed") << bad;
  }
}

TEST_P(DoctorApiTest, TheCatalogueCountsListedDoctorsOfEachSpecialty) {
  doctor("a@example.com", "A", complete_profile("Cardiologie", 12, "Paris"));
  doctor("b@example.com", "B", complete_profile("cardiologue", 25, "Lyon"));
  doctor("c@example.com", "C", complete_profile("Dermatology", 3, "Paris"));
  auto result = server_.client().get("/api/v1/doctors/specialties");
  ASSERT_EQ(result.status, 200);
  std::map<std::string, boost::json::object> by_code;
  const auto document = result.json();
  for (const auto& specialty : document.at("specialties").as_array()) {
    by_code[text(specialty.at("specialty"))] = specialty.as_object();
  }
  EXPECT_EQ(by_code.size(), 30u);  // the whole catalogue, practised or not
  EXPECT_EQ(by_code.at("cardiology").at("count").as_int64(), 2);
  EXPECT_EQ(text(by_code.at("cardiology").at("names").at("fr")), "Cardiologie");
  EXPECT_EQ(text(by_code.at("cardiology").at("names").at("en")), "Cardiology");
  EXPECT_EQ(text(by_code.at("cardiology").at("title")), "Dr");
  EXPECT_EQ(by_code.at("dermatology").at("count").as_int64(), 1);
  EXPECT_EQ(by_code.at("physiotherapy").at("count").as_int64(), 0);
  EXPECT_TRUE(by_code.at("physiotherapy").at("title").is_null());
}

TEST_P(DoctorApiTest, AvailableOnKeepsDoctorsWithAFreeSlotThatDay) {
  auto weekdays_only = doctor("a@example.com", "Weekdays", complete_profile("GP", 5, "Paris"));
  auto saturday = complete_profile("GP", 5, "Paris");
  saturday["availability"] = array{object{{"day", "saturday"}, {"startTime", "09:00"}, {"endTime", "09:30"}}};
  auto saturday_doctor = doctor("b@example.com", "Saturdays", saturday);
  EXPECT_EQ(names("?availableOn=2026-12-05"), (std::vector<std::string>{"Saturdays"}));
  EXPECT_EQ(names("?availableOn=2026-12-07"), (std::vector<std::string>{"Weekdays"}));
  // Their only Saturday slot taken: no longer available that day.
  auto patient = server_.register_account("patient", "ann@example.com");
  server_.insert_appointment(patient.id, saturday_doctor.id, *parse_iso8601("2026-12-05T08:00:00.000Z"), 30, "confirmed");
  EXPECT_EQ(names("?availableOn=2026-12-05"), (std::vector<std::string>{}));
  auto page = server_.client().get("/api/v1/doctors?availableOn=2026-12-07").json().as_object();
  EXPECT_EQ(page.at("total").as_int64(), 1);
}

TEST_P(DoctorApiTest, PopularDoctorsAreTheMostBooked) {
  auto quiet = doctor("a@example.com", "Quiet", complete_profile("GP", 5, "Paris"));
  auto busy = doctor("b@example.com", "Busy", complete_profile("GP", 5, "Paris"));
  auto patient = server_.register_account("patient", "ann@example.com");
  for (int i = 0; i < 3; ++i) {
    server_.insert_appointment(patient.id, busy.id, *parse_iso8601("2026-12-01T08:00:00.000Z") + std::chrono::hours(24 * i), 30, "confirmed");
  }
  auto result = server_.client().get("/api/v1/doctors/popular");
  ASSERT_EQ(result.status, 200);
  auto doctors = result.json().at("doctors").as_array();
  ASSERT_EQ(doctors.size(), 2u);
  EXPECT_EQ(text(doctors[0].at("name")), "Busy");
}

TEST_P(DoctorApiTest, TimeOffIsTheDoctorsOwn) {
  auto durand = doctor("a@example.com", "Durand", complete_profile("GP", 5, "Paris"));
  auto martin = doctor("b@example.com", "Martin", complete_profile("GP", 5, "Paris"));
  auto created = server_.client().post("/api/v1/doctors/me/time-off",
                                       object{{"start", "2026-12-24T00:00:00.000+01:00"},
                                              {"end", "2026-12-27T00:00:00.000+01:00"},
                                              {"reason", "Christmas"}},
                                       durand.token);
  ASSERT_EQ(created.status, 201) << created.body;
  const auto id = text(created.json().at("_id"));
  EXPECT_EQ(text(created.json().at("start")), "2026-12-23T23:00:00.000Z");

  auto list = server_.client().get("/api/v1/doctors/me/time-off", durand.token).json().at("timeOff").as_array();
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(text(list[0].at("reason")), "Christmas");
  EXPECT_TRUE(server_.client().get("/api/v1/doctors/me/time-off", martin.token).json().at("timeOff").as_array().empty());

  EXPECT_EQ(server_.client().send("DELETE", "/api/v1/doctors/me/time-off/" + id, {}, {{"Authorization", "Bearer " + martin.token}}).status, 404);
  EXPECT_EQ(server_.count_rows("doctor_time_off"), 1);
  for (const auto& [body, field] : std::vector<std::pair<object, std::string>>{
           {object{{"start", "2026-12-27T00:00:00Z"}, {"end", "2026-12-24T00:00:00Z"}}, "end"},
           {object{{"start", "tomorrow"}, {"end", "2026-12-24T00:00:00Z"}}, "start"},
           {object{{"end", "2026-12-24T00:00:00Z"}}, "start"}}) {
    auto bad = server_.client().post("/api/v1/doctors/me/time-off", body, durand.token);
    EXPECT_EQ(bad.status, 400) << field;
    EXPECT_FALSE(bad.field_error(field).empty()) << bad.body;
  }
  EXPECT_EQ(server_.client().send("DELETE", "/api/v1/doctors/me/time-off/" + id, {}, {{"Authorization", "Bearer " + durand.token}}).status, 204);
  EXPECT_EQ(server_.count_rows("doctor_time_off"), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, DoctorApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
