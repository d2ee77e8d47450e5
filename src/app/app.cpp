#include "app/app.hpp"

#include <spdlog/spdlog.h>

#include "app/data_export_routes.hpp"
#include "app/demo_data.hpp"
#include "app/mongodb_exchange.hpp"
#include "app/system_routes.hpp"
#include "common/embedded_file.hpp"
#include "storage/migrations.hpp"
#include "web/web_routes.hpp"

namespace medimeet::app {
namespace {

// Handlers block on the database and on password hashing, so there are more of them than
// I/O threads; each may hold one connection, the outbox worker one more. On SQLite the writes
// waiting while a group commits are the next group: the more handlers may wait, the fewer
// commits (16 connections booking: 8 handlers 1.5 k bookings/s, 16 handlers 1.85 k, 32 no more).
std::size_t worker_threads(const Config& config) { return std::max<std::size_t>(16, config.threads * 8); }

// An I/O thread answering a kept listing waits for one database read (a round trip on
// PostgreSQL): two per core keep the cores busy meanwhile. Each may hold one connection.
std::size_t io_threads(const Config& config) { return config.threads * 2; }

http::ServerOptions server_options(const Config& config) {
  http::ServerOptions options;
  std::tie(options.host, options.port) = split_listen_address(config.listen);
  options.io_threads = io_threads(config);
  options.worker_threads = worker_threads(config);
  options.header_timeout = config.header_timeout;
  options.idle_timeout = config.idle_timeout;
  options.trust_forwarded_for = config.trust_proxy;
  options.socket = config.socket_limits;
  options.streamed_body_limit = *parse_byte_size(config.max_upload);
  return options;
}

accounts::AccountSettings account_settings(const Config& config) {
  accounts::AccountSettings settings;
  settings.public_url = config.public_url;
  settings.registrations_per_address.max_attempts = config.registrations_per_address_per_hour;
  return settings;
}

doctors::DoctorSettings doctor_settings(const Config& config) {
  return {config.default_timezone, find_currency(config.currency),
          std::chrono::duration_cast<std::chrono::minutes>(*parse_duration(config.min_notice)),
          !config.stripe_secret_key.empty() || !config.paypal_client_id.empty(),
          static_cast<std::size_t>(*parse_byte_size(config.listing_cache))};
}

payments::PaymentsSettings payments_settings(const Config& config) {
  payments::PaymentsSettings settings;
  settings.payments.public_url = config.public_url;
  settings.payments.timeout = *parse_duration(config.payment_timeout);
  settings.stripe = {config.stripe_secret_key, config.stripe_webhook_secret, config.stripe_api_url};
  settings.paypal = {config.paypal_client_id, config.paypal_client_secret, config.paypal_webhook_id,
                     config.paypal_api_url};
  settings.poll_interval = config.payment_poll_interval;
  return settings;
}

booking::BookingSettings booking_settings(const Config& config) {
  return {config.max_active_appointments, *parse_duration(config.cancel_notice),
          parse_reminder_offsets(config.reminder_offsets)};
}

messages::MessageSettings message_settings(const Config& config) {
  messages::MessageSettings settings;
  settings.public_url = config.public_url;
  settings.email_delay = *parse_duration(config.message_email_delay);
  return settings;
}

teleconsultations::TeleconsultationSettings teleconsultation_settings(const Config& config) {
  teleconsultations::TeleconsultationSettings settings;
  settings.public_url = config.public_url;
  settings.room.early = std::chrono::duration_cast<std::chrono::minutes>(*parse_duration(config.room_early));
  settings.room.late = std::chrono::duration_cast<std::chrono::minutes>(*parse_duration(config.room_late));
  settings.ice_urls = split_list(config.turn_urls);
  settings.turn_secret = config.turn_secret;
  return settings;
}

notifications::NotificationSettings notification_settings(const Config& config) {
  return {config.public_url, config.smtp_url, config.mail_from, config.sms_url, config.outbox_poll_interval};
}

}  // namespace

App::App(Config config, const Clock& clock)
    : config_(resolve(std::move(config))),
      clock_(clock),
      database_(config_.database_url, worker_threads(config_) + io_threads(config_) + 2),
      realtime_(database_, clock_, config_.database_url),
      master_key_(security::load_or_create_master_key(config_.master_key_file)),
      audit_(core()),
      files_(core(), audit_.log(), master_key_, {static_cast<std::size_t>(*parse_byte_size(config_.max_upload))}),
      notifications_(core(), notification_settings(config_)),
      accounts_(core(), account_settings(config_), notifications_.outbox()),
      patients_(core(), appointments_.care(), audit_.log()),
      doctors_(core(), appointments_.service(), doctor_settings(config_)),
      booking_(core(), accounts_.service(), doctors_.service(), notifications_.service(),
               booking_settings(config_), config_.public_url, config_.reminder_poll_interval),
      messages_(core(), appointments_.care(), accounts_.service(), notifications_.outbox(), message_settings(config_),
                config_.message_alert_poll_interval),
      medical_records_(core(), appointments_.care(), audit_.log(), files_.service(), master_key_),
      teleconsultations_(core(), realtime_, appointments_.service(), audit_.log(), files_.service(),
                         accounts_.service(), doctors_.service(), patients_.service(), notifications_.service(),
                         master_key_, teleconsultation_settings(config_)),
      reviews_(core(), appointments_.service(), doctors_.service(), {.enabled = config_.reviews == "on"}),
      payments_(core(), appointments_.service(), booking_.service(), doctors_.service(), payments_settings(config_)),
      // Returns 0: one pass an hour is plenty, however much it deleted.
      housekeeping_("housekeeping", std::chrono::hours(1), [this] { purge_expired(); return 0; }),
      site_(config_.web_dir),
      server_(server_options(config_), router_) {
  storage::migrate(database_, embedded_migrations());
  router_.set_authenticator(accounts_.service());
  router_.set_socket_origin(origin_of(config_.public_url));
  std::vector<std::string> payment_methods;
  for (const auto method : payments_.service().methods()) payment_methods.emplace_back(payments::to_string(method));
  add_system_routes(router_, database_,
                    {config_.currency, config_.reviews == "on", std::move(payment_methods),
                     std::chrono::duration_cast<std::chrono::minutes>(*parse_duration(config_.payment_timeout)).count()});
  const auto all_modules = modules();
  for (auto* module : all_modules) module->add_routes(router_);
  add_data_export_route(router_, database_, clock_, audit_.log(), {all_modules.begin(), all_modules.end()});
  web::add_routes(router_, site_);
  if (!config_.metrics_listen.empty()) {
    metrics::enable();
    add_metrics_route(metrics_router_, [this] { return gauges(); }, MEDIMEET_VERSION);
    http::ServerOptions options;
    std::tie(options.host, options.port) = split_listen_address(config_.metrics_listen);
    options.io_threads = 1;
    options.worker_threads = 1;
    metrics_server_ = std::make_unique<http::Server>(options, metrics_router_);
  }
  if (config_.demo) {
    if (auto logins = seed_demo_data(accounts_.service(), doctors_.service())) {
      spdlog::info("demo data created. Demo logins: patient {} / \"{}\", doctor {} / \"{}\"",
                   logins->patient.email, logins->patient.password, logins->doctor.email,
                   logins->doctor.password);
    } else {
      spdlog::info("--demo: the database already has accounts; no demo data added");
    }
  }
  if (site_.empty()) spdlog::info("no web app build in {}: serving the API only", config_.web_dir);
}

kernel::Core App::core() { return {database_, clock_, events_, realtime_.feed()}; }

std::vector<kernel::Module*> App::modules() {
  return {&realtime_, &audit_,    &files_,           &notifications_,    &accounts_,
          &appointments_, &patients_, &doctors_, &booking_, &messages_,
          &medical_records_, &teleconsultations_, &reviews_,       &payments_};
}

App::~App() { stop(); }

std::uint16_t App::start() {
  for (auto* module : modules()) module->start();
  housekeeping_.start();
  const auto port = server_.start();
  if (metrics_server_) {
    spdlog::info("metrics on {}:{}/metrics", split_listen_address(config_.metrics_listen).first,
                 metrics_server_->start());
  }
  spdlog::info("medimeet listening on {}:{} ({} database)",
               split_listen_address(config_.listen).first, port,
               database_.backend() == storage::Backend::sqlite ? "SQLite" : "PostgreSQL");
  return port;
}

std::vector<metrics::Gauge> App::gauges() {
  const auto now = clock_.now();
  return database_.read([&](soci::session& sql) {
    const auto outbox = notifications_.outbox().backlog(sql, now);
    const auto reminder_lag = appointments_.service().reminder_lag(sql, now);
    return std::vector<metrics::Gauge>{
        {"medimeet_outbox_depth", "Emails and SMS waiting to be sent.", static_cast<double>(outbox.depth)},
        {"medimeet_outbox_oldest_age_seconds", "How long the oldest message waiting to be sent has waited.",
         outbox.oldest_age.count()},
        {"medimeet_reminder_lag_seconds", "How late the oldest due appointment reminder is.", reminder_lag.count()},
        {"medimeet_websockets_open", "Event and call sockets open now.", static_cast<double>(server_.open_sockets())},
        {"medimeet_http_requests_in_flight", "Requests read and not yet answered.",
         static_cast<double>(server_.requests_in_flight())},
        {"medimeet_database_queued_writes", "Writes waiting for the next grouped commit (SQLite).",
         static_cast<double>(database_.queued_writes())}};
  });
}

std::vector<kernel::Collection*> App::collections() {
  std::vector<kernel::Collection*> all;
  for (auto* module : modules()) {
    for (auto* collection : module->collections()) all.push_back(collection);
  }
  return all;
}

DocumentCounts App::export_mongodb(const std::filesystem::path& directory) {
  try {
    return app::export_mongodb(database_, collections(), directory);
  } catch (const security::CipherError&) {
    throw std::runtime_error("the master key " + config_.master_key_file +
                             " does not open this database's prescriptions and record entries: export with the "
                             "server's --data-dir or --master-key-file");
  }
}

ImportResult App::import_mongodb(const std::filesystem::path& directory) {
  if (accounts_.service().count_users() > 0) {
    throw std::runtime_error("the database already has accounts: an import loads only into an empty database");
  }
  return app::import_mongodb(database_, collections(), directory);
}

long long App::purge_expired() {
  long long purged = 0;
  for (auto* module : modules()) purged += module->purge_expired();
  return purged;
}

void App::stop_workers() {
  housekeeping_.stop();
  auto all = modules();
  for (auto module = all.rbegin(); module != all.rend(); ++module) (*module)->stop();
}

void App::stop() {
  server_.stop();
  if (metrics_server_) metrics_server_->stop();
  stop_workers();
}

void App::run_until_signal() {
  server_.run_until_signal();
  if (metrics_server_) metrics_server_->stop();
  stop_workers();
}

}  // namespace medimeet::app
