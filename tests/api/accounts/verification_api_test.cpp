// Email and SMS verification and password reset, end to end: the messages go through the
// outbox to a real SMTP server (aiosmtpd) and an HTTP SMS gateway, and the tests follow the
// links and codes they receive.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>

#include "test_server.hpp"

namespace medimeet {
namespace {

using namespace std::chrono_literals;
using boost::json::object;
using testing::TestBackend;
using testing::TestServer;

class VerificationApiTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  VerificationApiTest() : server_(GetParam(), {.smtp = true, .sms = true}) {}

  std::string code_from_sms(std::size_t index) {
    auto received = server_.sms().wait_for(index + 1);
    if (received.size() <= index) return {};
    const auto& body = received[index].body;
    return body.substr(body.find("code is ") + 8, 6);
  }

  TestServer server_;
};

TEST_P(VerificationApiTest, TheEmailedLinkVerifiesTheAddressOnce) {
  auto ann = server_.register_account("patient", "ann@example.com");
  auto emails = server_.smtp().wait_for(1);
  ASSERT_EQ(emails.size(), 1u);
  EXPECT_EQ(emails[0].to, "<ann@example.com>");
  EXPECT_EQ(emails[0].subject, "Confirm your email address for MediMeet");
  EXPECT_NE(emails[0].body.find("http://app.medimeet.test/verify-email?token="), std::string::npos);
  const auto token = testing::link_parameter(emails[0].body, "token");
  ASSERT_EQ(token.size(), 43u);

  auto verified = server_.client().post("/api/v1/auth/verify-email", object{{"token", token}});
  EXPECT_EQ(verified.status, 204) << verified.body;
  EXPECT_EQ(server_.client().get("/api/v1/users/me", ann.token).json().at("emailVerified"), true);

  auto reused = server_.client().post("/api/v1/auth/verify-email", object{{"token", token}});
  EXPECT_EQ(reused.status, 400);
  EXPECT_EQ(reused.error_code(), "invalid_token");
  EXPECT_FALSE(reused.field_error("token").empty());

  auto again = server_.client().post_empty("/api/v1/auth/resend-verification", ann.token);
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.error_code(), "email_already_verified");
}

TEST_P(VerificationApiTest, AnExpiredOrForgedLinkVerifiesNothing) {
  auto ann = server_.register_account("patient", "ann@example.com");
  const auto token = testing::link_parameter(server_.smtp().wait_for(1).at(0).body, "token");
  auto forged = server_.client().post("/api/v1/auth/verify-email", object{{"token", token.substr(1) + "A"}});
  EXPECT_EQ(forged.status, 400);
  server_.clock().advance(24h + 1s);
  auto expired = server_.client().post("/api/v1/auth/verify-email", object{{"token", token}});
  EXPECT_EQ(expired.status, 400);
  EXPECT_EQ(expired.error_code(), "invalid_token");
  auto login = server_.client().post("/api/v1/auth/login", object{{"email", ann.email}, {"password", ann.password}});
  EXPECT_EQ(login.json().at("user").at("emailVerified"), false);
}

TEST_P(VerificationApiTest, ResendingSendsAFreshLink) {
  auto ann = server_.register_account("patient", "ann@example.com");
  server_.smtp().wait_for(1);
  auto resent = server_.client().post_empty("/api/v1/auth/resend-verification", ann.token);
  EXPECT_EQ(resent.status, 202);
  auto emails = server_.smtp().wait_for(2);
  ASSERT_EQ(emails.size(), 2u);
  const auto first = testing::link_parameter(emails[0].body, "token");
  const auto second = testing::link_parameter(emails[1].body, "token");
  EXPECT_EQ(server_.client().post("/api/v1/auth/verify-email", object{{"token", first}}).status, 400);
  EXPECT_EQ(server_.client().post("/api/v1/auth/verify-email", object{{"token", second}}).status, 204);
}

TEST_P(VerificationApiTest, ThePhoneIsVerifiedWithTheCodeSentBySms) {
  auto ann = server_.register_account("patient", "ann@example.com");
  EXPECT_EQ(server_.client().post_empty("/api/v1/auth/verify-phone/request", ann.token).status, 202);
  const auto code = code_from_sms(0);
  ASSERT_EQ(code.size(), 6u);
  EXPECT_EQ(server_.sms().wait_for(1).at(0).to, "+33612345678");
  EXPECT_EQ(server_.count_rows("phone_verification_codes"), 1);
  EXPECT_NE(server_.query_text("SELECT code_hash FROM phone_verification_codes WHERE user_id = :id", ann.id), code);

  auto malformed = server_.client().post("/api/v1/auth/verify-phone", object{{"code", "12ab56"}}, ann.token);
  EXPECT_EQ(malformed.status, 400);
  EXPECT_EQ(malformed.field_error("code"), "must be the 6 digits we sent by SMS");
  const std::string wrong = code == "999999" ? "111111" : "999999";
  auto bad = server_.client().post("/api/v1/auth/verify-phone", object{{"code", wrong}}, ann.token);
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.error_code(), "invalid_code");

  auto good = server_.client().post("/api/v1/auth/verify-phone", object{{"code", code}}, ann.token);
  EXPECT_EQ(good.status, 204) << good.body;
  EXPECT_EQ(server_.client().get("/api/v1/users/me", ann.token).json().at("phoneVerified"), true);
  EXPECT_EQ(server_.client().post("/api/v1/auth/verify-phone", object{{"code", code}}, ann.token).status, 409);
  EXPECT_EQ(server_.client().post_empty("/api/v1/auth/verify-phone/request", ann.token).status, 409);
}

TEST_P(VerificationApiTest, APhoneCodeDiesAfterTenMinutes) {
  auto ann = server_.register_account("patient", "ann@example.com");
  server_.client().post_empty("/api/v1/auth/verify-phone/request", ann.token);
  const auto code = code_from_sms(0);
  server_.clock().advance(10min + 1s);
  auto late = server_.client().post("/api/v1/auth/verify-phone", object{{"code", code}}, ann.token);
  EXPECT_EQ(late.status, 400);
  EXPECT_EQ(late.error_code(), "code_expired");
}

TEST_P(VerificationApiTest, PasswordResetByEmailLinkWorksOnce) {
  auto ann = server_.register_account("patient", "ann@example.com");
  server_.smtp().wait_for(1);
  for (const char* email : {"ANN@example.com", "nobody@example.com"}) {
    auto asked = server_.client().post("/api/v1/auth/forgot-password", object{{"email", email}});
    EXPECT_EQ(asked.status, 202) << email;
  }
  auto emails = server_.smtp().wait_for(2);
  ASSERT_EQ(emails.size(), 2u);
  std::this_thread::sleep_for(300ms);  // nothing is sent for the unknown address
  EXPECT_EQ(server_.smtp().messages().size(), 2u);
  EXPECT_EQ(emails[1].subject, "Reset your MediMeet password");
  EXPECT_NE(emails[1].body.find("http://app.medimeet.test/reset-password?token="), std::string::npos);
  const auto token = testing::link_parameter(emails[1].body, "token");
  EXPECT_NE(server_.query_text("SELECT reset_password_token FROM users WHERE id = :id", ann.id), token);

  auto weak = server_.client().post("/api/v1/auth/reset-password", object{{"token", token}, {"password", "short"}});
  EXPECT_EQ(weak.status, 400);
  EXPECT_FALSE(weak.field_error("password").empty());

  auto reset = server_.client().post("/api/v1/auth/reset-password",
                                     object{{"token", token}, {"password", "my new long password"}});
  EXPECT_EQ(reset.status, 204) << reset.body;
  EXPECT_EQ(server_.client().get("/api/v1/users/me", ann.token).status, 401);  // sessions revoked
  auto reused = server_.client().post("/api/v1/auth/reset-password",
                                      object{{"token", token}, {"password", "yet another password"}});
  EXPECT_EQ(reused.status, 400);
  EXPECT_EQ(reused.error_code(), "invalid_token");
  EXPECT_EQ(server_.client().post("/api/v1/auth/login", object{{"email", ann.email}, {"password", ann.password}}).status, 401);
  EXPECT_EQ(server_.client().post("/api/v1/auth/login",
                                  object{{"email", ann.email}, {"password", "my new long password"}}).status, 200);
}

TEST_P(VerificationApiTest, AResetLinkExpiresAfterAnHour) {
  auto ann = server_.register_account("patient", "ann@example.com");
  server_.client().post("/api/v1/auth/forgot-password", object{{"email", ann.email}});
  const auto token = testing::link_parameter(server_.smtp().wait_for(2).at(1).body, "token");
  server_.clock().advance(1h + 1s);
  auto late = server_.client().post("/api/v1/auth/reset-password", object{{"token", token}, {"password", "my new long password"}});
  EXPECT_EQ(late.status, 400);
  EXPECT_EQ(late.error_code(), "invalid_token");
  EXPECT_EQ(server_.client().post("/api/v1/auth/login", object{{"email", ann.email}, {"password", ann.password}}).status, 200);
}

TEST_P(VerificationApiTest, VerificationEndpointsNeedALogin) {
  EXPECT_EQ(server_.client().post_empty("/api/v1/auth/resend-verification").status, 401);
  EXPECT_EQ(server_.client().post_empty("/api/v1/auth/verify-phone/request").status, 401);
  EXPECT_EQ(server_.client().post("/api/v1/auth/verify-phone", object{{"code", "123456"}}).status, 401);
  EXPECT_EQ(server_.client().post_empty("/api/v1/auth/logout").status, 401);
  EXPECT_EQ(server_.client().post("/api/v1/auth/change-password",
                                  object{{"currentPassword", "x"}, {"newPassword", "y"}}).status, 401);
}

INSTANTIATE_TEST_SUITE_P(Backends, VerificationApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
