#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "test_server.hpp"

namespace medimeet {
namespace {

using boost::json::object;
using testing::TestBackend;
using testing::TestServer;

object valid_registration() {
  return {{"name", "Ann Martin"},
          {"email", "Ann.Martin@Example.com"},
          {"password", "a fine long password"},
          {"role", "patient"},
          {"phone", "+33612345678"}};
}

class RegistrationApiTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  RegistrationApiTest() : server_(GetParam()) {}

  void expect_nothing_written() {
    EXPECT_EQ(server_.count_rows("users"), 0);
    EXPECT_EQ(server_.count_rows("patients"), 0);
    EXPECT_EQ(server_.count_rows("doctors"), 0);
    EXPECT_EQ(server_.count_rows("auth_sessions"), 0);
    EXPECT_EQ(server_.count_rows("outbox"), 0);
  }

  TestServer server_;
};

TEST_P(RegistrationApiTest, RegistersAPatientWithTheSeedsShape) {
  auto result = server_.client().post("/api/v1/auth/register", valid_registration());
  ASSERT_EQ(result.status, 201) << result.body;
  auto document = result.json().as_object();
  EXPECT_EQ(document.at("token").as_string().size(), 43u);
  EXPECT_TRUE(document.contains("expiresAt"));
  auto user = document.at("user").as_object();
  EXPECT_EQ(user.at("_id").as_string().size(), 24u);
  EXPECT_EQ(user.at("name"), "Ann Martin");
  EXPECT_EQ(user.at("email"), "ann.martin@example.com");
  EXPECT_EQ(user.at("role"), "patient");
  EXPECT_EQ(user.at("phone"), "+33612345678");
  EXPECT_EQ(user.at("emailVerified"), false);
  EXPECT_EQ(user.at("phoneVerified"), false);
  EXPECT_EQ(user.at("createdAt").as_string().size(), 24u);
  EXPECT_EQ(user.at("createdAt"), user.at("updatedAt"));
  for (const char* secret : {"password", "resetPasswordToken", "resetPasswordExpires"}) {
    EXPECT_FALSE(user.contains(secret)) << secret;
  }
  EXPECT_EQ(result.body.find("argon2"), std::string::npos);

  const std::string id(user.at("_id").as_string());
  EXPECT_EQ(server_.query_text("SELECT id FROM patients WHERE id = :id", id), id);
  EXPECT_EQ(server_.count_rows("doctors"), 0);
}

TEST_P(RegistrationApiTest, RegistersADoctorWithADoctorsDocument) {
  auto body = valid_registration();
  body["role"] = "doctor";
  auto result = server_.client().post("/api/v1/auth/register", body);
  ASSERT_EQ(result.status, 201) << result.body;
  const std::string id(result.json().at("user").at("_id").as_string());
  EXPECT_EQ(server_.query_text("SELECT id FROM doctors WHERE id = :id", id), id);
  EXPECT_EQ(server_.count_rows("patients"), 0);
}

TEST_P(RegistrationApiTest, EmailsAreUniqueRegardlessOfCase) {
  ASSERT_EQ(server_.client().post("/api/v1/auth/register", valid_registration()).status, 201);
  auto again = valid_registration();
  again["email"] = "ANN.MARTIN@EXAMPLE.COM";
  auto result = server_.client().post("/api/v1/auth/register", again);
  EXPECT_EQ(result.status, 409);
  EXPECT_EQ(result.error_code(), "email_taken");
  EXPECT_EQ(result.field_error("email"), "is already registered");
  EXPECT_EQ(server_.count_rows("users"), 1);
  EXPECT_EQ(server_.count_rows("auth_sessions"), 1);
}

struct BadField {
  const char* field;
  boost::json::value value;
  const char* expected_problem;
};

TEST_P(RegistrationApiTest, EachInvalidFieldIsNamedAndNothingIsWritten) {
  const std::string long_password = std::string(129, 'x') + "yz";
  const std::vector<BadField> cases = {
      {"name", "", "must not be empty"},
      {"name", "   ", "must not be empty"},
      {"name", 42, "must be a string"},
      {"email", "not-an-email", "is not a valid email address"},
      {"email", "ann@localhost", "is not a valid email address"},
      {"password", "short", "must be at least 10 characters"},
      {"password", boost::json::value(std::string_view(long_password)), "must be at most 128 characters"},
      {"password", "password123", "is one of the most common passwords; choose another"},
      {"password", true, "must be a string"},
      {"role", "admin", "must be \"patient\" or \"doctor\""},
      {"phone", "06 12 34 56 78", "must be in international E.164 form, like +33612345678"},
      {"phone", boost::json::value(boost::json::array{"+33612345678"}), "must be a string"},
  };
  for (const auto& bad : cases) {
    auto body = valid_registration();
    body[bad.field] = bad.value;
    auto result = server_.client().post("/api/v1/auth/register", body);
    EXPECT_EQ(result.status, 400) << bad.field << " " << result.body;
    EXPECT_EQ(result.error_code(), "validation_failed") << bad.field;
    EXPECT_EQ(result.field_error(bad.field), bad.expected_problem) << result.body;
  }
  expect_nothing_written();
}

TEST_P(RegistrationApiTest, MissingAndUnknownFieldsAreNamed) {
  auto result = server_.client().post("/api/v1/auth/register",
                                      object{{"name", "Ann"}, {"isAdmin", true}, {"emailVerified", true}});
  EXPECT_EQ(result.status, 400);
  for (const char* missing : {"email", "password", "role", "phone"}) {
    EXPECT_EQ(result.field_error(missing), "is required") << missing;
  }
  EXPECT_EQ(result.field_error("isAdmin"), "is not a known field");
  EXPECT_EQ(result.field_error("emailVerified"), "is not a known field");
  expect_nothing_written();
}

TEST_P(RegistrationApiTest, MalformedJsonIs400) {
  for (const char* body : {"{\"name\":", "[]", "null", "{\"name\":\"Ann\",}"}) {
    auto result = server_.client().send("POST", "/api/v1/auth/register", body);
    EXPECT_EQ(result.status, 400) << body;
    EXPECT_EQ(result.error_code(), "malformed_json") << body;
  }
  expect_nothing_written();
}

TEST_P(RegistrationApiTest, WrongContentTypeIs415AndWritesNothing) {
  auto result = server_.client().send("POST", "/api/v1/auth/register",
                                      boost::json::serialize(valid_registration()),
                                      {{"Content-Type", "text/plain"}});
  EXPECT_EQ(result.status, 415);
  expect_nothing_written();
}

TEST_P(RegistrationApiTest, OneAddressMayRegisterOnlySoManyAccountsAnHour) {
  TestServer limited(GetParam(), {.adjust = [](app::Config& config) {
                       config.registrations_per_address_per_hour = 3;
                     }});
  for (int i = 0; i < 3; ++i) {
    auto body = valid_registration();
    body["email"] = "user" + std::to_string(i) + "@example.com";
    ASSERT_EQ(limited.client().post("/api/v1/auth/register", body).status, 201);
  }
  auto body = valid_registration();
  body["email"] = "one.more@example.com";
  auto result = limited.client().post("/api/v1/auth/register", body);
  EXPECT_EQ(result.status, 429);
  EXPECT_FALSE(result.header("retry-after").empty());
  EXPECT_EQ(limited.count_rows("users"), 3);
}

INSTANTIATE_TEST_SUITE_P(Backends, RegistrationApiTest, testing::all_backends(),
                         testing::backend_test_name);

}  // namespace
}  // namespace medimeet
