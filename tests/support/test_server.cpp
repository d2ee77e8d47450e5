#include "test_server.hpp"

#include <boost/json/object.hpp>
#include <soci/soci.h>
#include <spdlog/spdlog.h>

#include <stdexcept>
#include <thread>

#include "common/object_id.hpp"
#include "storage/optional_binding.hpp"

namespace medimeet::testing {

TestServer::TestServer(TestBackend backend, TestServerOptions options)
    : clock_(options.start_at.value_or(SystemClock().now())) {
  // The access log of every request drowns a failure's message; MEDIMEET_TEST_LOG=1 keeps it.
  if (std::getenv("MEDIMEET_TEST_LOG") == nullptr) spdlog::set_level(spdlog::level::warn);
  app::Config config;
  config.listen = "127.0.0.1:0";
  config.data_dir = temporary_directory();
  config.database_url = options.database_url.empty() ? fresh_database_url(backend) : options.database_url;
  config.threads = 2;
  config.public_url = "http://app.medimeet.test";
  config.outbox_poll_interval = std::chrono::milliseconds(50);
  config.reminder_poll_interval = std::chrono::milliseconds(50);
  config.message_alert_poll_interval = std::chrono::milliseconds(50);
  if (options.smtp) {
    smtp_ = std::make_unique<SmtpSink>();
    config.smtp_url = smtp_->url();
  }
  if (options.sms) {
    sms_ = std::make_unique<SmsSink>();
    config.sms_url = sms_->url();
  }
  if (options.adjust) options.adjust(config);
  app_ = std::make_unique<app::App>(config, clock_);
  base_url_ = "http://127.0.0.1:" + std::to_string(app_->start());
  client_ = std::make_unique<HttpClient>(base_url_);
}

TestServer::~TestServer() {
  client_.reset();
  app_.reset();
}

TestAccount TestServer::register_account(const std::string& role, const std::string& email,
                                         const std::string& password) {
  auto result = client_->post("/api/v1/auth/register",
                              boost::json::object{{"name", "Test " + role},
                                                  {"email", email},
                                                  {"password", password},
                                                  {"role", role},
                                                  {"phone", "+33612345678"}});
  if (result.status != 201) {
    throw std::runtime_error("registration failed: " + std::to_string(result.status) + " " +
                             result.body);
  }
  auto document = result.json().as_object();
  return {std::string(document.at("user").at("_id").as_string()),
          std::string(document.at("token").as_string()), email, password};
}

void TestServer::wait_for_outbox_drained() {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (std::chrono::steady_clock::now() < deadline) {
    const auto pending = app_->database().read([](soci::session& sql) {
      long long count = 0;
      sql << "SELECT COUNT(*) FROM outbox WHERE status = 'pending'", soci::into(count);
      return count;
    });
    if (pending == 0) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  throw std::runtime_error("the outbox was not delivered within 10 s");
}

std::string TestServer::insert_appointment(const std::string& patient_id,
                                           const std::string& doctor_id, TimePoint start,
                                           int minutes, const std::string& status) {
  const auto id = new_object_id(clock_.now());
  const long long start_ms = to_epoch_ms(start);
  const long long now_ms = to_epoch_ms(clock_.now());
  app_->database().write([&](soci::session& sql) {
    sql << "INSERT INTO appointments (id, patient_id, doctor_id, appointment_date, "
           "duration_minutes, status, notes, created_at, updated_at) "
           "VALUES (:id, :p, :d, :s, :m, :st, '', :c, :u)",
        soci::use(id), soci::use(patient_id), soci::use(doctor_id), soci::use(start_ms),
        soci::use(minutes), soci::use(status), soci::use(now_ms), soci::use(now_ms);
  });
  return id;
}

std::string TestServer::login(const TestAccount& account) {
  auto result = client_->post("/api/v1/auth/login", boost::json::object{{"email", account.email},
                                                                        {"password", account.password}});
  if (result.status != 200) throw std::runtime_error("login failed: " + result.body);
  return text(result.json().at("token"));
}

void TestServer::verify_email(const std::string& user_id) {
  app_->database().write([&](soci::session& sql) {
    sql << "UPDATE users SET email_verified = 1 WHERE id = :id", soci::use(user_id);
  });
}

long long TestServer::count_rows(const std::string& table) {
  return app_->database().read([&](soci::session& sql) {
    long long count = 0;
    sql << "SELECT COUNT(*) FROM " + table, soci::into(count);
    return count;
  });
}

std::string TestServer::query_text(const std::string& query, const std::string& parameter) {
  return app_->database().read([&](soci::session& sql) {
    std::optional<std::string> value;
    sql << query, soci::use(parameter), soci::into(value);
    return value.value_or("");
  });
}

}  // namespace medimeet::testing
