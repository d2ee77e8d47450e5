#include <gtest/gtest.h>

#include <boost/json/object.hpp>

#include "test_server.hpp"

namespace medimeet {
namespace {

using testing::TestBackend;
using testing::TestServer;

class DemoDataTest : public ::testing::TestWithParam<TestBackend> {};

TEST_P(DemoDataTest, ADemoStartFillsAnEmptyDatabaseOnce) {
  TestServer server(GetParam(), {.adjust = [](app::Config& config) { config.demo = true; }});
  auto doctors = server.client().get("/api/v1/doctors?limit=50").json().as_object();
  EXPECT_EQ(doctors.at("total").as_int64(), 32);
  EXPECT_GE(server.client().get("/api/v1/doctors/specialties").json().at("specialties").as_array().size(), 20u);
  EXPECT_EQ(server.client().get("/api/v1/doctors?location=montreal").json().at("total").as_int64(), 2);

  // Both demo logins work, and the patient can book at once.
  auto patient = server.client().post("/api/v1/auth/login", boost::json::object{{"email", "patient@demo.medimeet.localhost"},
                                                                                {"password", "demo patient password"}});
  ASSERT_EQ(patient.status, 200) << patient.body;
  EXPECT_EQ(patient.json().at("user").at("emailVerified"), true);
  auto doctor = server.client().post("/api/v1/auth/login", boost::json::object{{"email", "doctor@demo.medimeet.localhost"},
                                                                               {"password", "demo doctor password"}});
  ASSERT_EQ(doctor.status, 200) << doctor.body;
  EXPECT_EQ(doctor.json().at("user").at("role"), "doctor");
  // Demo addresses count as verified: no verification link is mailed (or logged) for them.
  EXPECT_EQ(server.count_rows("outbox"), 0);
  EXPECT_EQ(server.count_rows("email_verification_tokens"), 0);
  const auto users = server.count_rows("users");
  const auto url = server.app().config().database_url;
  server.app().stop();

  TestServer again(GetParam(), {.adjust = [](app::Config& config) { config.demo = true; }, .database_url = url});
  EXPECT_EQ(again.count_rows("users"), users);
}

TEST_P(DemoDataTest, WithoutDemoNothingIsCreated) {
  TestServer server(GetParam());
  EXPECT_EQ(server.count_rows("users"), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoDataTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
