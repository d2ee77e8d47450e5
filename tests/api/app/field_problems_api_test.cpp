// What a client reads of a bad request: `fields` (field -> English message, as always) and
// `problems` (field -> code, message, parameters) that the web app translates.
#include <gtest/gtest.h>

#include "test_server.hpp"

namespace medimeet {
namespace {

using boost::json::object;
using testing::TestBackend;
using testing::TestServer;

boost::json::object problems_of(const testing::HttpResult& result) {
  return result.json().as_object().at("error").as_object().at("problems").as_object();
}

class FieldProblemsApiTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  TestServer server_{GetParam()};
};

TEST_P(FieldProblemsApiTest, EachProblemHasACodeAndTheValuesItsMessageNames) {
  // The body's form first: every problem of it at once.
  const auto malformed = server_.client().post("/api/v1/auth/register",
                                               object{{"name", 5}, {"password", "a fine long password"},
                                                      {"role", "patient"}, {"phone", "+33612345678"}, {"extra", 1}});
  ASSERT_EQ(malformed.status, 400) << malformed.body;
  const auto form = problems_of(malformed);
  EXPECT_EQ(testing::text(form.at("name").as_object().at("code")), "not_a_string");
  EXPECT_EQ(testing::text(form.at("email").as_object().at("code")), "required");
  EXPECT_EQ(testing::text(form.at("extra").as_object().at("code")), "unknown_field");
  EXPECT_FALSE(form.at("extra").as_object().contains("params"));
  // Every field of `fields` has its problem, with the same message.
  const auto fields = malformed.json().as_object().at("error").as_object().at("fields").as_object();
  EXPECT_EQ(fields.size(), form.size());
  for (const auto& [field, message] : fields) {
    EXPECT_EQ(form.at(field).as_object().at("message"), message) << field;
  }

  // Then the values' rules.
  const auto invalid = server_.client().post(
      "/api/v1/auth/register", object{{"name", std::string(101, 'a')}, {"email", "not an email"},
                                      {"password", "a fine long password"}, {"role", "admin"},
                                      {"phone", "+33612345678"}});
  ASSERT_EQ(invalid.status, 400) << invalid.body;
  EXPECT_EQ(invalid.field_error("name"), "must be at most 100 characters");
  const auto values = problems_of(invalid);
  const auto& name = values.at("name").as_object();
  EXPECT_EQ(testing::text(name.at("code")), "too_long");
  EXPECT_EQ(testing::text(name.at("message")), "must be at most 100 characters");
  EXPECT_EQ(name.at("params").as_object().at("max").as_int64(), 100);
  EXPECT_EQ(testing::text(values.at("email").as_object().at("code")), "invalid_email");
  EXPECT_EQ(testing::text(values.at("role").as_object().at("code")), "one_of");
  EXPECT_EQ(testing::text(values.at("role").as_object().at("params").as_object().at("values")), "patient, doctor");
}

TEST_P(FieldProblemsApiTest, AFeeIsMoneyInTheInstancesCurrency) {
  const auto doctor = server_.register_account("doctor", "dr.lee@example.com");
  auto changed = server_.client().patch("/api/v1/doctors/me", object{{"price", 45.5}}, doctor.token);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json().at("price").to_number<double>(), 45.5);
  EXPECT_EQ(testing::text(changed.json().at("currency")), "EUR");
  EXPECT_NE(changed.body.find("\"price\":45.5,"), std::string::npos) << changed.body;

  const auto refused = server_.client().patch("/api/v1/doctors/me", object{{"price", 45.555}}, doctor.token);
  ASSERT_EQ(refused.status, 400);
  const auto document = refused.json();
  const auto& problem = document.as_object().at("error").as_object().at("problems").as_object().at("price").as_object();
  EXPECT_EQ(testing::text(problem.at("code")), "too_many_decimals");
  EXPECT_EQ(problem.at("params").as_object().at("max").as_int64(), 2);
  EXPECT_EQ(server_.client().get("/api/v1/doctors/me", doctor.token).json().at("price").to_number<double>(), 45.5);

  server_.client().patch("/api/v1/doctors/me", object{{"price", nullptr}}, doctor.token);
  const auto cleared = server_.client().get("/api/v1/doctors/me", doctor.token).json();
  EXPECT_TRUE(cleared.at("price").is_null());
  EXPECT_TRUE(cleared.at("currency").is_null());
}

TEST_P(FieldProblemsApiTest, AnInstanceInYenTakesWholeYen) {
  TestServer yen(GetParam(), {.adjust = [](app::Config& config) { config.currency = "JPY"; }});
  const auto doctor = yen.register_account("doctor", "dr.sato@example.com");
  auto changed = yen.client().patch("/api/v1/doctors/me", object{{"price", 3000}}, doctor.token);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(testing::text(changed.json().at("currency")), "JPY");
  const auto refused = yen.client().patch("/api/v1/doctors/me", object{{"price", 30.5}}, doctor.token);
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(testing::text(problems_of(refused).at("price").as_object().at("code")), "too_many_decimals");
}

TEST(Config, AnUnknownCurrencyStopsTheStart) {
  app::Config config;
  config.currency = "EURO";
  EXPECT_THROW(app::resolve(config), std::invalid_argument);
}

INSTANTIATE_TEST_SUITE_P(Backends, FieldProblemsApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
