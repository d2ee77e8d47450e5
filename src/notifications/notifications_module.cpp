#include "notifications/notifications_module.hpp"

#include "notifications/notification_events.hpp"
#include "notifications/notification_json.hpp"
#include "notifications/notification_routes.hpp"

namespace medimeet::notifications {
namespace {

std::unique_ptr<EmailSender> email_sender(const NotificationSettings& settings) {
  if (settings.smtp_url.empty()) return make_log_email_sender();
  return make_smtp_sender(settings.smtp_url, settings.mail_from);
}

std::unique_ptr<SmsSender> sms_sender(const NotificationSettings& settings) {
  if (settings.sms_url.empty()) return make_log_sms_sender();
  return make_http_sms_sender(settings.sms_url);
}

}  // namespace

NotificationsModule::NotificationsModule(kernel::Core core, const NotificationSettings& settings)
    : email_sender_(email_sender(settings)),
      sms_sender_(sms_sender(settings)),
      // Whatever queues a message wakes the worker once its transaction commits.
      outbox_([this] { outbox_worker_.wake(); }),
      outbox_worker_(core.database, outbox_, *email_sender_, *sms_sender_, core.clock,
                     OutboxWorkerOptions{settings.outbox_poll_interval}),
      service_(core.database, core.clock, core.events, outbox_, settings.public_url) {
  core.events.subscribe<NotificationCreated>(
      [&live = core.live](storage::Transaction& sql, const NotificationCreated& created) {
        live.publish(sql, {created.notification.user_id}, "notification.created",
                     notification_to_json(created.notification));
      });
}

void NotificationsModule::add_routes(http::Router& router) { notifications::add_routes(router, service_); }

void NotificationsModule::export_personal_data(soci::session& sql, const access::Caller& caller,
                                               boost::json::object& document) const {
  boost::json::array notifications;
  for (const auto& notification : service_.all_of(sql, caller.user_id)) {
    notifications.push_back(notification_to_json(notification));
  }
  document["notifications"] = std::move(notifications);
}

}  // namespace medimeet::notifications
