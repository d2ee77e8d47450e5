#pragma once

#include <cstdint>
#include <memory>

#include "accounts/account_service.hpp"
#include "app/config.hpp"
#include "appointments/appointment_calendar.hpp"
#include "appointments/appointment_service.hpp"
#include "appointments/booking_service.hpp"
#include "common/background_loop.hpp"
#include "common/time.hpp"
#include "doctors/doctor_service.hpp"
#include "http/router.hpp"
#include "http/server.hpp"
#include "notifications/notification_service.hpp"
#include "notifications/outbox.hpp"
#include "notifications/outbox_worker.hpp"
#include "notifications/senders.hpp"
#include "patients/patient_service.hpp"
#include "security/password_hasher.hpp"
#include "storage/database.hpp"
#include "web/static_site.hpp"

namespace medimeet::app {

// The composition root: builds storage, services, routes, the server and the background
// workers, in that order, from the configuration. No globals: everything is a member.
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
  const Config& config() const { return config_; }
  storage::Database& database() { return database_; }
  const http::Router& router() const { return router_; }
  notifications::OutboxWorker& outbox_worker() { return outbox_worker_; }
  appointments::BookingService& booking() { return booking_; }
  // Deletes what has expired everywhere (also run hourly in the background); returns how many rows.
  long long purge_expired();

 private:
  Config config_;
  const Clock& clock_;
  storage::Database database_;
  security::PasswordHasher password_hasher_;
  appointments::AppointmentService appointments_;
  patients::PatientService patients_;
  doctors::DoctorService doctors_;
  std::unique_ptr<notifications::EmailSender> email_sender_;
  std::unique_ptr<notifications::SmsSender> sms_sender_;
  notifications::OutboxRepository outbox_;
  notifications::OutboxWorker outbox_worker_;
  accounts::AccountService accounts_;
  notifications::NotificationService notifications_;
  appointments::BookingService booking_;
  appointments::AppointmentCalendar calendar_;
  BackgroundLoop reminders_;
  BackgroundLoop housekeeping_;
  web::StaticSite site_;
  http::Router router_;
  http::Server server_;
};

}  // namespace medimeet::app
