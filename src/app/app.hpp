#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

#include "accounts/accounts_module.hpp"
#include "app/config.hpp"
#include "app/mongodb_exchange.hpp"
#include "appointments/appointments_module.hpp"
#include "audit/audit_module.hpp"
#include "booking/booking_module.hpp"
#include "common/background_loop.hpp"
#include "common/time.hpp"
#include "doctors/doctors_module.hpp"
#include "events/event_bus.hpp"
#include "files/files_module.hpp"
#include "common/metrics.hpp"
#include "http/router.hpp"
#include "http/server.hpp"
#include "kernel/module.hpp"
#include "medical_records/medical_records_module.hpp"
#include "messages/messages_module.hpp"
#include "notifications/notifications_module.hpp"
#include "patients/patients_module.hpp"
#include "payments/payments_module.hpp"
#include "realtime/realtime_module.hpp"
#include "reviews/reviews_module.hpp"
#include "security/secret_key.hpp"
#include "storage/database.hpp"
#include "teleconsultations/teleconsultations_module.hpp"
#include "web/static_site.hpp"

namespace medimeet::app {

// The composition root: builds storage and the event bus, then one module per domain (each
// from the core and the modules it relies on), the routes, the server and the background
// workers, from the configuration. No globals: everything is a member. A new domain is one
// member below and one entry in modules().
class App {
 public:
  // Opens the database and applies pending migrations. Throws on failure.
  App(Config config, const Clock& clock);
  ~App();

  // Starts the server and the background workers; returns the bound port.
  std::uint16_t start();
  // Stops accepting, finishes requests in flight, stops the workers.
  void stop();
  void run_until_signal();

  std::size_t requests_in_flight() const { return server_.requests_in_flight(); }
  std::size_t open_sockets() const { return server_.open_sockets(); }
  const Config& config() const { return config_; }
  storage::Database& database() { return database_; }
  const http::Router& router() const { return router_; }
  notifications::OutboxWorker& outbox_worker() { return notifications_.outbox_worker(); }
  // `medimeet export --format mongodb`: the seed's collections as Extended JSON files in
  // `directory`, read from one snapshot while the server may run.
  DocumentCounts export_mongodb(const std::filesystem::path& directory);
  // `medimeet import --format mongodb`: loads such files, all or nothing. Throws
  // std::runtime_error when the database already has accounts.
  ImportResult import_mongodb(const std::filesystem::path& directory);
  // Deletes what has expired everywhere (also run hourly in the background); returns how many rows.
  long long purge_expired();

 private:
  // Every module, in the order they are built; started in this order, stopped in reverse.
  std::vector<kernel::Module*> modules();
  std::vector<kernel::Collection*> collections();
  kernel::Core core();
  // The figures /metrics reads at each scrape.
  std::vector<metrics::Gauge> gauges();
  void stop_workers();

  Config config_;
  const Clock& clock_;
  storage::Database database_;
  events::EventBus events_;
  realtime::RealtimeModule realtime_;  // first: every other module publishes on its feed
  // Wraps the key of every file and seals record entries: read from its file, or made there
  // (0600) on the first start.
  security::SecretKey master_key_;
  audit::AuditModule audit_;  // before every module that reads or changes medical data
  files::FilesModule files_;
  notifications::NotificationsModule notifications_;
  accounts::AccountsModule accounts_;
  appointments::AppointmentsModule appointments_;
  patients::PatientsModule patients_;
  doctors::DoctorsModule doctors_;
  booking::BookingModule booking_;
  messages::MessagesModule messages_;
  medical_records::MedicalRecordsModule medical_records_;
  teleconsultations::TeleconsultationsModule teleconsultations_;
  reviews::ReviewsModule reviews_;
  payments::PaymentsModule payments_;
  BackgroundLoop housekeeping_;
  web::StaticSite site_;
  http::Router router_;
  http::Server server_;
  // Prometheus' /metrics on --metrics-listen, apart from the public API; none without it.
  http::Router metrics_router_;
  std::unique_ptr<http::Server> metrics_server_;
};

}  // namespace medimeet::app
