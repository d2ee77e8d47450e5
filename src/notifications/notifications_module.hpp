#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "kernel/module.hpp"
#include "notifications/notification_service.hpp"
#include "notifications/notifications_collection.hpp"
#include "notifications/outbox.hpp"
#include "notifications/outbox_worker.hpp"
#include "notifications/senders.hpp"

namespace medimeet::notifications {

struct NotificationSettings {
  std::string public_url = "http://127.0.0.1:8080";  // links in emails start with it
  std::string smtp_url;  // empty: emails go to the log
  std::string mail_from;
  std::string sms_url;   // empty: SMS go to the log
  std::chrono::milliseconds outbox_poll_interval{1000};
};

// Notifications, and the outbox that delivers every email and SMS of the application.
class NotificationsModule : public kernel::Module {
 public:
  NotificationsModule(kernel::Core core, const NotificationSettings& settings);

  const OutboxRepository& outbox() const { return outbox_; }
  OutboxWorker& outbox_worker() { return outbox_worker_; }
  NotificationService& service() { return service_; }
  void export_personal_data(soci::session& sql, const access::Caller& caller,
                            boost::json::object& document) const override;

  void add_routes(http::Router& router) override;
  void start() override { outbox_worker_.start(); }
  void stop() override { outbox_worker_.stop(); }
  long long purge_expired() override { return outbox_worker_.purge_finished(); }
  std::vector<kernel::Collection*> collections() override { return {&notifications_}; }

 private:
  std::unique_ptr<EmailSender> email_sender_;
  std::unique_ptr<SmsSender> sms_sender_;
  OutboxRepository outbox_;
  OutboxWorker outbox_worker_;
  NotificationService service_;
  NotificationsCollection notifications_{service_};
};

}  // namespace medimeet::notifications
