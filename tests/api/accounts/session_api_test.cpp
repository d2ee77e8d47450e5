#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <soci/soci.h>

#include <future>
#include <vector>

#include "test_server.hpp"

namespace medimeet {
namespace {

using namespace std::chrono_literals;
using boost::json::object;
using testing::TestBackend;
using testing::TestServer;

object credentials(const std::string& email, const std::string& password) {
  return {{"email", email}, {"password", password}};
}

class SessionApiTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  SessionApiTest() : server_(GetParam()) {
    ann_ = server_.register_account("patient", "ann@example.com");
  }
  TestServer server_;
  testing::TestAccount ann_;
};

TEST_P(SessionApiTest, LogsInWithAnyCaseOfTheEmail) {
  auto result = server_.client().post("/api/v1/auth/login", credentials(" ANN@example.com", ann_.password));
  ASSERT_EQ(result.status, 200) << result.body;
  auto document = result.json().as_object();
  EXPECT_EQ(testing::text(document.at("user").at("_id")), ann_.id);
  EXPECT_NE(testing::text(document.at("token")), ann_.token);
  EXPECT_TRUE(document.contains("expiresAt"));
  EXPECT_EQ(server_.count_rows("auth_sessions"), 2);
}

TEST_P(SessionApiTest, WrongPasswordAndUnknownEmailLookTheSame) {
  auto wrong = server_.client().post("/api/v1/auth/login", credentials(ann_.email, "not the password"));
  auto unknown = server_.client().post("/api/v1/auth/login", credentials("bob@example.com", "not the password"));
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(wrong.body, unknown.body);
  EXPECT_EQ(wrong.error_code(), "invalid_credentials");
  EXPECT_EQ(server_.count_rows("auth_sessions"), 1);
}

// The count and the check are one step: wrong passwords sent together are checked no more often
// than wrong passwords sent one after another.
TEST_P(SessionApiTest, ConcurrentWrongPasswordsAreCheckedOnlyFiveTimes) {
  constexpr int kAttempts = 50;
  std::vector<std::future<testing::HttpResult>> attempts;
  std::promise<void> go;
  auto start = go.get_future().share();
  for (int i = 0; i < kAttempts; ++i) {
    attempts.push_back(std::async(std::launch::async, [&, start] {
      testing::HttpClient client(server_.base_url());
      start.wait();
      return client.post("/api/v1/auth/login", credentials(ann_.email, "not the password"));
    }));
  }
  go.set_value();
  int checked = 0;
  int refused = 0;
  for (auto& attempt : attempts) {
    const auto result = attempt.get();
    if (result.status == 401) ++checked;
    if (result.status == 429) ++refused;
  }
  EXPECT_EQ(checked, 5);
  EXPECT_EQ(refused, kAttempts - 5);
  // And the account is locked now, even for its right password.
  EXPECT_EQ(server_.client().post("/api/v1/auth/login", credentials(ann_.email, ann_.password)).status, 429);
}

TEST_P(SessionApiTest, ARightPasswordGivesBackItsAttemptToTheAddress) {
  // 20 tries per address in 15 minutes: successful sign-ins from one address (a practice behind
  // one router) never use them up.
  for (int i = 0; i < 25; ++i) {
    ASSERT_EQ(server_.client().post("/api/v1/auth/login", credentials(ann_.email, ann_.password)).status, 200) << i;
  }
}

TEST_P(SessionApiTest, RepeatedFailuresGet429WithRetryAfter) {
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(server_.client().post("/api/v1/auth/login", credentials(ann_.email, "not the password")).status, 401);
  }
  auto blocked = server_.client().post("/api/v1/auth/login", credentials(ann_.email, ann_.password));
  EXPECT_EQ(blocked.status, 429);
  EXPECT_EQ(blocked.error_code(), "too_many_requests");
  const auto retry_after = std::stoi(blocked.header("retry-after"));
  EXPECT_GT(retry_after, 0);
  EXPECT_LE(retry_after, 15 * 60);
  server_.clock().advance(15min + 1s);
  EXPECT_EQ(server_.client().post("/api/v1/auth/login", credentials(ann_.email, ann_.password)).status, 200);
}

TEST_P(SessionApiTest, FailuresAreCountedPerClientAddress) {
  auto fail_from = [&](TestServer& server, const std::string& address, const std::string& email) {
    return server.client().send("POST", "/api/v1/auth/login",
                                R"({"email":")" + email + R"(","password":"not the password"})",
                                {{"X-Forwarded-For", "203.0.113.7, " + address}});
  };
  // Untrusted, the header is ignored: every failure counts against 127.0.0.1.
  for (int i = 0; i < 20; ++i) fail_from(server_, "10.1.1." + std::to_string(i), "u" + std::to_string(i) + "@example.com");
  EXPECT_EQ(fail_from(server_, "10.9.9.9", "other@example.com").status, 429);

  TestServer proxied(GetParam(), {.adjust = [](app::Config& config) { config.trust_proxy = true; }});
  for (int i = 0; i < 20; ++i) {
    EXPECT_EQ(fail_from(proxied, "10.1.1.1", "u" + std::to_string(i) + "@example.com").status, 401);
  }
  EXPECT_EQ(fail_from(proxied, "10.1.1.1", "other@example.com").status, 429);
  EXPECT_EQ(fail_from(proxied, "10.1.1.2", "other@example.com").status, 401);
}

TEST_P(SessionApiTest, LoginValidatesItsBody) {
  auto result = server_.client().post("/api/v1/auth/login", object{{"email", ann_.email}, {"password", 12}});
  EXPECT_EQ(result.status, 400);
  EXPECT_EQ(result.field_error("password"), "must be a string");
  auto missing = server_.client().post("/api/v1/auth/login", object{});
  EXPECT_EQ(missing.field_error("email"), "is required");
  EXPECT_EQ(missing.field_error("password"), "is required");
}

TEST_P(SessionApiTest, MeNeedsAValidBearerToken) {
  auto me = server_.client().get("/api/v1/users/me", ann_.token);
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(me.json().at("email"), "ann@example.com");
  EXPECT_FALSE(me.json().as_object().contains("password"));

  for (const std::string& token : std::vector<std::string>{"", "nonsense", ann_.token + "x", std::string(300, 'a')}) {
    auto result = server_.client().get("/api/v1/users/me", token);
    EXPECT_EQ(result.status, 401) << token;
    EXPECT_EQ(result.error_code(), "unauthenticated");
    EXPECT_EQ(result.header("www-authenticate"), "Bearer");
  }
  auto basic = server_.client().send("GET", "/api/v1/users/me", {}, {{"Authorization", "Basic " + ann_.token}});
  EXPECT_EQ(basic.status, 401);
}

TEST_P(SessionApiTest, EachTokenSeesOnlyItsOwnUser) {
  auto bob = server_.register_account("doctor", "bob@example.com");
  EXPECT_EQ(testing::text(server_.client().get("/api/v1/users/me", ann_.token).json().at("_id")), ann_.id);
  EXPECT_EQ(testing::text(server_.client().get("/api/v1/users/me", bob.token).json().at("_id")), bob.id);
  EXPECT_EQ(server_.client().get("/api/v1/users/me", bob.token).json().at("role"), "doctor");
}

TEST_P(SessionApiTest, LogoutRevokesOnlyThatSession) {
  auto other = server_.client().post("/api/v1/auth/login", credentials(ann_.email, ann_.password));
  const std::string other_token(other.json().at("token").as_string());
  EXPECT_EQ(server_.client().post_empty("/api/v1/auth/logout", ann_.token).status, 204);
  EXPECT_EQ(server_.client().get("/api/v1/users/me", ann_.token).status, 401);
  EXPECT_EQ(server_.client().post_empty("/api/v1/auth/logout", ann_.token).status, 401);
  EXPECT_EQ(server_.client().get("/api/v1/users/me", other_token).status, 200);
}

TEST_P(SessionApiTest, SessionsExpireWhenIdle) {
  server_.clock().advance(12h + 1s);
  EXPECT_EQ(server_.client().get("/api/v1/users/me", ann_.token).status, 401);
}

TEST_P(SessionApiTest, PatchChangesNameAndPhoneAndUnverifiesANewPhone) {
  server_.app().database().write([&](soci::session& sql) {
    sql << "UPDATE users SET phone_verified = 1 WHERE id = :id", soci::use(ann_.id);
  });
  server_.clock().advance(1s);
  auto result = server_.client().patch("/api/v1/users/me", object{{"name", "  Ann Dupont "}}, ann_.token);
  ASSERT_EQ(result.status, 200) << result.body;
  EXPECT_EQ(result.json().at("name"), "Ann Dupont");
  EXPECT_EQ(result.json().at("phoneVerified"), true);
  EXPECT_NE(result.json().at("updatedAt"), result.json().at("createdAt"));

  auto phone = server_.client().patch("/api/v1/users/me", object{{"phone", "+14155552671"}}, ann_.token);
  ASSERT_EQ(phone.status, 200);
  EXPECT_EQ(phone.json().at("phone"), "+14155552671");
  EXPECT_EQ(phone.json().at("phoneVerified"), false);
}

TEST_P(SessionApiTest, PatchRefusesBadAndForbiddenFieldsAndChangesNothing) {
  const auto before = server_.client().get("/api/v1/users/me", ann_.token).body;
  for (const auto& body : {object{{"name", ""}}, object{{"phone", "12"}}, object{{"email", "x@y.zz"}},
                           object{{"role", "doctor"}}, object{{"emailVerified", true}},
                           object{{"name", "Ann"}, {"phone", 33612345678}}}) {
    auto result = server_.client().patch("/api/v1/users/me", body, ann_.token);
    EXPECT_EQ(result.status, 400) << result.body;
    EXPECT_EQ(result.error_code(), "validation_failed");
  }
  EXPECT_EQ(server_.client().get("/api/v1/users/me", ann_.token).body, before);
  EXPECT_EQ(server_.client().patch("/api/v1/users/me", object{{"name", "X"}}).status, 401);
}

TEST_P(SessionApiTest, ChangingThePasswordKeepsThisSessionAndRevokesTheOthers) {
  auto other = server_.client().post("/api/v1/auth/login", credentials(ann_.email, ann_.password));
  const std::string other_token(other.json().at("token").as_string());

  auto wrong = server_.client().post("/api/v1/auth/change-password",
                                     object{{"currentPassword", "not it at all"}, {"newPassword", "a brand new password"}},
                                     ann_.token);
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(wrong.field_error("currentPassword"), "is not your current password");
  auto weak = server_.client().post("/api/v1/auth/change-password",
                                    object{{"currentPassword", ann_.password}, {"newPassword", "1234567890"}},
                                    ann_.token);
  EXPECT_EQ(weak.status, 400);
  EXPECT_FALSE(weak.field_error("newPassword").empty());
  EXPECT_EQ(server_.client().get("/api/v1/users/me", other_token).status, 200);

  auto changed = server_.client().post("/api/v1/auth/change-password",
                                       object{{"currentPassword", ann_.password}, {"newPassword", "a brand new password"}},
                                       ann_.token);
  EXPECT_EQ(changed.status, 204) << changed.body;
  EXPECT_EQ(server_.client().get("/api/v1/users/me", ann_.token).status, 200);
  EXPECT_EQ(server_.client().get("/api/v1/users/me", other_token).status, 401);
  EXPECT_EQ(server_.client().post("/api/v1/auth/login", credentials(ann_.email, ann_.password)).status, 401);
  EXPECT_EQ(server_.client().post("/api/v1/auth/login", credentials(ann_.email, "a brand new password")).status, 200);
}

// Users imported from the original Node.js MediMeet keep their bcrypt hash until their first login,
// which replaces it by Argon2id. The hash is crypt_blowfish's test vector for "U*U".
TEST_P(SessionApiTest, AUserImportedWithABcryptHashLogsInAndTheHashBecomesArgon2id) {
  const std::string bcrypt = "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW";
  server_.app().database().write([&](soci::session& sql) {
    sql << "INSERT INTO users (id, name, name_folded, email, password, role, phone, email_verified, phone_verified, "
           "language, created_at, updated_at) VALUES ('0000000000000000000000b1', 'Bea Roux', 'bea roux', "
           "'bea@example.com', :hash, 'patient', '+33612345678', 1, 0, 'fr', 0, 0)",
        soci::use(bcrypt);
  });
  auto stored = [&] { return server_.query_text("SELECT password FROM users WHERE email = :email", "bea@example.com"); };

  auto wrong = server_.client().post("/api/v1/auth/login", credentials("bea@example.com", "U*V"));
  EXPECT_EQ(wrong.status, 401) << wrong.body;
  EXPECT_EQ(stored(), bcrypt);

  auto first = server_.client().post("/api/v1/auth/login", credentials("bea@example.com", "U*U"));
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_TRUE(stored().starts_with("$argon2id$")) << stored();
  auto again = server_.client().post("/api/v1/auth/login", credentials("bea@example.com", "U*U"));
  EXPECT_EQ(again.status, 200) << again.body;
  auto me = server_.client().get("/api/v1/users/me", testing::text(again.json().at("token")));
  EXPECT_EQ(me.status, 200) << me.body;
}

INSTANTIATE_TEST_SUITE_P(Backends, SessionApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
