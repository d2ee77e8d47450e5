#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "app/app.hpp"
#include "http_client.hpp"
#include "mail_sinks.hpp"
#include "manual_clock.hpp"
#include "test_database.hpp"

namespace medimeet::testing {

struct TestServerOptions {
  bool smtp = false;  // deliver email to a real SMTP sink (else: the log)
  bool sms = false;   // deliver SMS to an HTTP sink (else: the log)
  std::function<void(app::Config&)> adjust;
  std::string database_url;  // empty: a fresh database of the backend
  // Where the clock stands when the app starts (its background workers run at once); unset: now.
  std::optional<TimePoint> start_at;
};

struct TestAccount {
  std::string id;
  std::string token;
  std::string email;
  std::string password;
};

// The whole medimeet application on a free loopback port, on a fresh database of the given
// backend, with a clock the test can move.
class TestServer {
 public:
  explicit TestServer(TestBackend backend, TestServerOptions options = {});
  ~TestServer();

  HttpClient& client() { return *client_; }
  app::App& app() { return *app_; }
  ManualClock& clock() { return clock_; }
  SmtpSink& smtp() { return *smtp_; }
  SmsSink& sms() { return *sms_; }
  const std::string& base_url() const { return base_url_; }

  // Registers through the API (201 expected) and returns the account with its token.
  TestAccount register_account(const std::string& role, const std::string& email,
                               const std::string& password = "a fine long password");
  // Waits until the background worker has delivered (or given up on) every queued message.
  void wait_for_outbox_drained();
  // Writes an appointment straight into the database (until the booking API exists), returning
  // its id.
  std::string insert_appointment(const std::string& patient_id, const std::string& doctor_id,
                                 TimePoint start, int minutes, const std::string& status);
  // A new session token for the account (after the clock moved past the old one's life).
  std::string login(const TestAccount& account);
  // Marks the account's email as verified, as following the emailed link would.
  void verify_email(const std::string& user_id);
  // Rows in a table, read straight from the database.
  long long count_rows(const std::string& table);
  // The result of a one-column query, read straight from the database.
  std::string query_text(const std::string& sql, const std::string& parameter);

 private:
  ManualClock clock_;
  std::unique_ptr<SmtpSink> smtp_;
  std::unique_ptr<SmsSink> sms_;
  std::unique_ptr<app::App> app_;
  std::string base_url_;
  std::unique_ptr<HttpClient> client_;
};

}  // namespace medimeet::testing
