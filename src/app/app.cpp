#include "app/app.hpp"

#include <spdlog/spdlog.h>

#include <thread>

#include "accounts/account_routes.hpp"
#include "appointments/appointment_routes.hpp"
#include "app/demo_data.hpp"
#include "app/system_routes.hpp"
#include "doctors/doctor_routes.hpp"
#include "notifications/notification_routes.hpp"
#include "web/web_routes.hpp"
#include "patients/patient_routes.hpp"
#include "common/embedded_file.hpp"
#include "storage/migrations.hpp"

namespace medimeet::app {
namespace {

// Handlers block on the database and on password hashing, so there are more of them than
// I/O threads; each may hold one connection, the outbox worker one more.
std::size_t worker_threads(const Config& config) { return std::max<std::size_t>(8, config.threads * 4); }

http::ServerOptions server_options(const Config& config) {
  http::ServerOptions options;
  std::tie(options.host, options.port) = split_listen_address(config.listen);
  options.io_threads = config.threads;
  options.worker_threads = worker_threads(config);
  options.header_timeout = config.header_timeout;
  options.idle_timeout = config.idle_timeout;
  options.trust_forwarded_for = config.trust_proxy;
  return options;
}

accounts::AccountSettings account_settings(const Config& config) {
  accounts::AccountSettings settings;
  settings.public_url = config.public_url;
  settings.registrations_per_address.max_attempts = config.registrations_per_address_per_hour;
  return settings;
}

doctors::DoctorSettings doctor_settings(const Config& config) {
  return {config.default_timezone,
          std::chrono::duration_cast<std::chrono::minutes>(*parse_duration(config.min_notice))};
}

appointments::BookingSettings booking_settings(const Config& config) {
  return {config.max_active_appointments, *parse_duration(config.cancel_notice),
          parse_reminder_offsets(config.reminder_offsets)};
}

std::unique_ptr<notifications::EmailSender> email_sender(const Config& config) {
  if (config.smtp_url.empty()) return notifications::make_log_email_sender();
  return notifications::make_smtp_sender(config.smtp_url, config.mail_from);
}

std::unique_ptr<notifications::SmsSender> sms_sender(const Config& config) {
  if (config.sms_url.empty()) return notifications::make_log_sms_sender();
  return notifications::make_http_sms_sender(config.sms_url);
}

}  // namespace

App::App(Config config, const Clock& clock)
    : config_(resolve(std::move(config))),
      clock_(clock),
      database_(config_.database_url, worker_threads(config_) + 2),
      password_hasher_(std::max(1u, std::thread::hardware_concurrency())),
      patients_(database_, clock_, appointments_),
      doctors_(database_, clock_, appointments_, doctor_settings(config_)),
      email_sender_(email_sender(config_)),
      sms_sender_(sms_sender(config_)),
      // Whatever queues a message wakes the worker once its transaction commits.
      outbox_([this] { outbox_worker_.wake(); }),
      outbox_worker_(database_, outbox_, *email_sender_, *sms_sender_, clock_,
                     notifications::OutboxWorkerOptions{config_.outbox_poll_interval}),
      accounts_(database_, clock_, password_hasher_, patients_, doctors_,
                account_settings(config_), outbox_),
      notifications_(database_, clock_, outbox_),
      booking_(database_, clock_, accounts_, doctors_, notifications_, booking_settings(config_)),
      calendar_(database_, clock_, booking_, config_.public_url),
      reminders_("reminders", config_.reminder_poll_interval, [this] { return booking_.send_due_reminders(); }),
      // Returns 0: one pass an hour is plenty, however much it deleted.
      housekeeping_("housekeeping", std::chrono::hours(1), [this] { purge_expired(); return 0; }),
      site_(config_.web_dir),
      server_(server_options(config_), router_) {
  storage::migrate(database_, embedded_migrations());
  add_system_routes(router_, database_);
  accounts::add_routes(router_, accounts_);
  patients::add_routes(router_, accounts_, patients_);
  doctors::add_routes(router_, accounts_, doctors_);
  appointments::add_routes(router_, accounts_, booking_, calendar_);
  notifications::add_routes(router_, accounts_, notifications_);
  web::add_routes(router_, site_);
  if (config_.demo) {
    if (auto logins = seed_demo_data(accounts_, doctors_)) {
      spdlog::info("demo data created. Demo logins: patient {} / \"{}\", doctor {} / \"{}\"",
                   logins->patient.email, logins->patient.password, logins->doctor.email,
                   logins->doctor.password);
    } else {
      spdlog::info("--demo: the database already has accounts; no demo data added");
    }
  }
  if (site_.empty()) spdlog::info("no web app build in {}: serving the API only", config_.web_dir);
}

App::~App() { stop(); }

std::uint16_t App::start() {
  outbox_worker_.start();
  reminders_.start();
  housekeeping_.start();
  const auto port = server_.start();
  spdlog::info("medimeet listening on {}:{} ({} database)",
               split_listen_address(config_.listen).first, port,
               database_.backend() == storage::Backend::sqlite ? "SQLite" : "PostgreSQL");
  return port;
}

long long App::purge_expired() {
  return accounts_.purge_expired() + booking_.purge_expired() + outbox_worker_.purge_finished();
}

void App::stop() {
  server_.stop();
  housekeeping_.stop();
  reminders_.stop();
  outbox_worker_.stop();
}

void App::run_until_signal() {
  server_.run_until_signal();
  housekeeping_.stop();
  reminders_.stop();
  outbox_worker_.stop();
}

}  // namespace medimeet::app
