#pragma once

#include <chrono>

#include "access/care_relations.hpp"
#include "accounts/account_service.hpp"
#include "common/background_loop.hpp"
#include "kernel/module.hpp"
#include "messages/message_service.hpp"
#include "messages/messages_collection.hpp"
#include "notifications/outbox.hpp"

namespace medimeet::messages {

// Messages between patients and their doctors, pushed live to both, and the email that tells a
// receiver a message waits unread.
class MessagesModule : public kernel::Module {
 public:
  MessagesModule(kernel::Core core, const access::CareRules& care, const accounts::AccountService& accounts,
                 const notifications::OutboxRepository& outbox, MessageSettings settings,
                 std::chrono::milliseconds alert_poll_interval);

  MessageService& service() { return service_; }

  void add_routes(http::Router& router) override;
  void export_personal_data(soci::session& sql, const access::Caller& caller,
                            boost::json::object& document) const override;
  void start() override { alerts_.start(); }
  void stop() override { alerts_.stop(); }
  std::vector<kernel::Collection*> collections() override { return {&messages_}; }

 private:
  MessageService service_;
  MessagesCollection messages_{service_};
  BackgroundLoop alerts_;  // last: its thread uses the service
};

}  // namespace medimeet::messages
