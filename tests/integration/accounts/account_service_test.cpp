#include "accounts/account_service.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include "appointments/appointments_module.hpp"
#include "common/embedded_file.hpp"
#include "doctors/doctors_module.hpp"
#include "patients/patients_module.hpp"
#include "common/error.hpp"
#include "manual_clock.hpp"
#include "security/tokens.hpp"
#include "storage/migrations.hpp"
#include "storage/optional_binding.hpp"
#include "test_database.hpp"

namespace medimeet::accounts {
namespace {

using namespace std::chrono_literals;
using testing::TestBackend;

std::string error_code_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const AppError& error) {
    return error.code();
  }
  return "no error";
}

// Records the sessions said to have ended, once their transaction committed.
class RecordingLiveFeed : public events::LiveFeed {
 public:
  void publish(storage::Transaction&, const std::vector<std::string>&, std::string_view,
               const boost::json::value&) const override {}
  void end_sessions(storage::Transaction& sql, const events::EndedSessions& ended) const override {
    sql.after_commit([this, ended] { this->ended.push_back(ended); });
  }
  mutable std::vector<events::EndedSessions> ended;
};

class AccountServiceTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  AccountServiceTest()
      : database_(testing::fresh_database_url(GetParam()), 4),
        hasher_(2),
        // The modules that make each account's profile, subscribed as the application does.
        patients_({database_, clock_, events_, live_}, appointments_.care(), audit_),
        doctors_({database_, clock_, events_, live_}, appointments_.service(), {}),
        service_(database_, clock_, hasher_, events_, live_, AccountSettings{"https://medimeet.test"}, outbox_) {
    storage::migrate(database_, embedded_migrations());
  }

  SessionGrant register_patient(const std::string& email = "ann@example.com") {
    return service_.register_account({"Ann Martin", email, "a fine long password", "patient", "+33612345678"},
                                     "10.0.0.1");
  }

  long long count(const std::string& query) {
    return database_.read([&](soci::session& sql) {
      long long n = 0;
      sql << query, soci::into(n);
      return n;
    });
  }

  // The one-time link of the newest email in the outbox, before the worker erases it.
  std::string newest_outbox_body() {
    return database_.read([&](soci::session& sql) {
      std::string body;
      sql << "SELECT body FROM outbox ORDER BY created_at DESC, id DESC LIMIT 1", soci::into(body);
      return body;
    });
  }

  static std::string token_in(const std::string& body) {
    const auto at = body.find("token=");
    return body.substr(at + 6, body.find('\n', at) - at - 6);
  }

  testing::ManualClock clock_;
  storage::Database database_;
  security::PasswordHasher hasher_;
  events::EventBus events_;
  RecordingLiveFeed live_;
  appointments::AppointmentsModule appointments_;
  audit::AuditLog audit_{database_, clock_};
  patients::PatientsModule patients_;
  doctors::DoctorsModule doctors_;
  int queued_ = 0;  // wakes of the outbox's worker, each after a commit that queued mail
  notifications::OutboxRepository outbox_{[this] { ++queued_; }};
  AccountService service_;
};

TEST_P(AccountServiceTest, RegistrationCreatesUserProfileSessionAndVerificationEmailTogether) {
  const auto grant = register_patient();
  EXPECT_EQ(count("SELECT COUNT(*) FROM users"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM patients"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM doctors"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM auth_sessions"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM outbox WHERE channel = 'email'"), 1);
  EXPECT_EQ(queued_, 1);
  EXPECT_EQ(service_.authenticate(grant.token).user.id, grant.user.id);
  EXPECT_EQ(grant.expires_at, clock_.now() + std::chrono::days(30));
}

TEST_P(AccountServiceTest, AFailedRegistrationWritesNothing) {
  register_patient();
  EXPECT_EQ(error_code_of([&] { register_patient("ANN@example.com"); }), "email_taken");
  EXPECT_EQ(count("SELECT COUNT(*) FROM users"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM auth_sessions"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM outbox"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM email_verification_tokens"), 1);
}

TEST_P(AccountServiceTest, StoresOnlyHashesOfSecrets) {
  const auto grant = register_patient();
  const auto link_token = token_in(newest_outbox_body());
  database_.read([&](soci::session& sql) {
    std::string password;
    sql << "SELECT password FROM users", soci::into(password);
    EXPECT_EQ(password.rfind("$argon2id$", 0), 0u);
    std::string session_hash;
    sql << "SELECT token_hash FROM auth_sessions", soci::into(session_hash);
    EXPECT_EQ(session_hash, security::hash_token(grant.token));
    std::string email_hash;
    sql << "SELECT token_hash FROM email_verification_tokens", soci::into(email_hash);
    EXPECT_EQ(email_hash, security::hash_token(link_token));
  });
}

TEST_P(AccountServiceTest, SessionsExpireWhenIdleAndAtTheirAbsoluteLimit) {
  const auto grant = register_patient();
  clock_.advance(11h);
  EXPECT_NO_THROW(service_.authenticate(grant.token));
  clock_.advance(11h);  // 11 h since last use: still fine
  EXPECT_NO_THROW(service_.authenticate(grant.token));
  clock_.advance(12h + 1s);  // idle for longer than 12 h
  EXPECT_EQ(error_code_of([&] { service_.authenticate(grant.token); }), "unauthenticated");
  EXPECT_EQ(count("SELECT COUNT(*) FROM auth_sessions"), 0);

  const auto second = service_.login("ann@example.com", "a fine long password", "10.0.0.1");
  // Used every 11 hours, it lives 30 days (720 h) and no longer.
  for (int use = 0; use < 65; ++use) {
    clock_.advance(11h);
    ASSERT_NO_THROW(service_.authenticate(second.token)) << "use " << use;
  }
  clock_.advance(6h);
  EXPECT_EQ(error_code_of([&] { service_.authenticate(second.token); }), "unauthenticated");
}

// Requests that all find a session due for its touch at once: the first writes; the others, whose
// touch comes after it, change nothing (on PostgreSQL they would otherwise each take the row).
TEST_P(AccountServiceTest, ASessionSeenSinceTheTouchWasDueIsLeftAsItIs) {
  const auto grant = register_patient();
  const auto session_id = database_.read([&](soci::session& sql) {
    std::string id;
    sql << "SELECT id FROM auth_sessions", soci::into(id);
    return id;
  });
  const auto last_seen = [&] { return count("SELECT last_seen_at FROM auth_sessions"); };
  const SessionRepository sessions;
  const auto first_touch = clock_.now() + 2min;
  database_.write([&](soci::session& sql) { sessions.touch(sql, session_id, first_touch, first_touch - 1min); });
  EXPECT_EQ(last_seen(), to_epoch_ms(first_touch));
  // A request that read the session before that touch, and touches it a moment later.
  const auto late_touch = first_touch + 1s;
  database_.write([&](soci::session& sql) { sessions.touch(sql, session_id, late_touch, late_touch - 1min); });
  EXPECT_EQ(last_seen(), to_epoch_ms(first_touch));
  clock_.advance(5min);
  EXPECT_NO_THROW(service_.authenticate(grant.token));
  EXPECT_EQ(last_seen(), to_epoch_ms(clock_.now()));
}

TEST_P(AccountServiceTest, EmailVerificationTokensAreSingleUseAndExpire) {
  register_patient();
  const auto token = token_in(newest_outbox_body());
  service_.verify_email(token);
  EXPECT_EQ(count("SELECT COUNT(*) FROM users WHERE email_verified = 1"), 1);
  EXPECT_EQ(error_code_of([&] { service_.verify_email(token); }), "invalid_token");

  const auto bob = register_patient("bob@example.com");
  const auto bob_token = token_in(newest_outbox_body());
  clock_.advance(24h + 1s);
  EXPECT_EQ(error_code_of([&] { service_.verify_email(bob_token); }), "invalid_token");
  EXPECT_FALSE(service_.get_user(bob.user.id).email_verified);
}

TEST_P(AccountServiceTest, ResendingVerificationVoidsTheOldLink) {
  const auto grant = register_patient();
  const auto first = token_in(newest_outbox_body());
  const auto user = service_.authenticate(grant.token);
  service_.resend_verification(user);
  const auto second = token_in(newest_outbox_body());
  EXPECT_NE(first, second);
  EXPECT_EQ(error_code_of([&] { service_.verify_email(first); }), "invalid_token");
  service_.verify_email(second);
  EXPECT_EQ(error_code_of([&] { service_.resend_verification(service_.authenticate(grant.token)); }),
            "email_already_verified");
}

TEST_P(AccountServiceTest, PhoneCodesExpireAfterTenMinutesAndFiveWrongTries) {
  const auto grant = register_patient();
  const auto user = service_.authenticate(grant.token);
  service_.request_phone_code(user);
  const auto sms = newest_outbox_body();
  const auto code = sms.substr(sms.find("code is ") + 8, 6);
  const auto wrong = code == "000000" ? std::string("111111") : std::string("000000");
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(error_code_of([&] { service_.verify_phone(user, wrong); }), "invalid_code");
  }
  service_.verify_phone(user, code);  // the fifth try is the right one
  EXPECT_TRUE(service_.get_user(user.user.id).phone_verified);

  // A new number needs a new verification, and five wrong tries void the code.
  service_.update_user(user, {std::nullopt, "+33700000000"});
  EXPECT_FALSE(service_.get_user(user.user.id).phone_verified);
  service_.request_phone_code(user);
  const auto second_sms = newest_outbox_body();
  const auto second = second_sms.substr(second_sms.find("code is ") + 8, 6);
  const auto second_wrong = second == "000000" ? std::string("111111") : std::string("000000");
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(error_code_of([&] { service_.verify_phone(user, second_wrong); }), "invalid_code");
  }
  EXPECT_EQ(error_code_of([&] { service_.verify_phone(user, second); }), "code_expired");

  service_.request_phone_code(user);
  const auto third_sms = newest_outbox_body();
  clock_.advance(10min + 1s);
  EXPECT_EQ(error_code_of([&] { service_.verify_phone(user, third_sms.substr(third_sms.find("code is ") + 8, 6)); }),
            "code_expired");
}

TEST_P(AccountServiceTest, FailedLoginsBlockTheAccountForFifteenMinutes) {
  register_patient();
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(error_code_of([&] { service_.login("ann@example.com", "wrong password!", "10.0.0.1"); }),
              "invalid_credentials");
  }
  // Blocked now, even with the right password, and from another address.
  EXPECT_EQ(error_code_of([&] { service_.login("ann@example.com", "a fine long password", "10.0.0.2"); }),
            "too_many_requests");
  clock_.advance(15min + 1s);
  EXPECT_NO_THROW(service_.login("ann@example.com", "a fine long password", "10.0.0.2"));
}

TEST_P(AccountServiceTest, FailedLoginsBlockTheAddressAcrossAccounts) {
  for (int i = 0; i < 20; ++i) {
    EXPECT_EQ(error_code_of([&] {
                service_.login("user" + std::to_string(i) + "@example.com", "wrong password!", "10.0.0.9");
              }),
              "invalid_credentials");
  }
  EXPECT_EQ(error_code_of([&] { service_.login("someone@example.com", "whatever it is", "10.0.0.9"); }),
            "too_many_requests");
  EXPECT_EQ(error_code_of([&] { service_.login("someone@example.com", "whatever it is", "10.0.0.10"); }),
            "invalid_credentials");
}

TEST_P(AccountServiceTest, PasswordResetWorksOnceWithinAnHourAndRevokesSessions) {
  const auto grant = register_patient();
  service_.request_password_reset("Ann@Example.com");
  const auto token = token_in(newest_outbox_body());
  EXPECT_EQ(count("SELECT COUNT(*) FROM users WHERE reset_password_token IS NOT NULL "
                  "AND reset_password_expires IS NOT NULL"),
            1);
  service_.reset_password(token, "another long password");
  EXPECT_EQ(error_code_of([&] { service_.authenticate(grant.token); }), "unauthenticated");
  EXPECT_EQ(error_code_of([&] { service_.reset_password(token, "yet another password"); }), "invalid_token");
  EXPECT_NO_THROW(service_.login("ann@example.com", "another long password", "10.0.0.1"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM users WHERE reset_password_token IS NULL"), 1);

  service_.request_password_reset("ann@example.com");
  const auto late = token_in(newest_outbox_body());
  clock_.advance(1h + 1s);
  EXPECT_EQ(error_code_of([&] { service_.reset_password(late, "a third long password"); }), "invalid_token");
}

TEST_P(AccountServiceTest, ResetRequestsForUnknownEmailsSendNothing) {
  service_.request_password_reset("nobody@example.com");
  EXPECT_EQ(count("SELECT COUNT(*) FROM outbox"), 0);
  EXPECT_EQ(queued_, 0);
}

TEST_P(AccountServiceTest, ChangingThePasswordRevokesOtherSessionsOnly) {
  const auto first = register_patient();
  const auto second = service_.login("ann@example.com", "a fine long password", "10.0.0.1");
  const auto user = service_.authenticate(first.token);
  EXPECT_EQ(error_code_of([&] { service_.change_password(user, "not the password", "another long password", "10.0.0.1"); }),
            "validation_failed");
  service_.change_password(user, "a fine long password", "another long password", "10.0.0.1");
  EXPECT_NO_THROW(service_.authenticate(first.token));
  EXPECT_EQ(error_code_of([&] { service_.authenticate(second.token); }), "unauthenticated");
}

INSTANTIATE_TEST_SUITE_P(Backends, AccountServiceTest, testing::all_backends(),
                         testing::backend_test_name);

}  // namespace
}  // namespace medimeet::accounts
