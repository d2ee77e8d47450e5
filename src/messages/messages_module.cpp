#include "messages/messages_module.hpp"

#include "messages/message_events.hpp"
#include "messages/message_json.hpp"
#include "messages/message_routes.hpp"

namespace medimeet::messages {

MessagesModule::MessagesModule(kernel::Core core, const access::CareRules& care,
                               const accounts::AccountService& accounts,
                               const notifications::OutboxRepository& outbox, MessageSettings settings,
                               std::chrono::milliseconds alert_poll_interval)
    : service_(core.database, core.clock, core.events, care, accounts, outbox, std::move(settings)),
      alerts_("message alerts", alert_poll_interval, [this] { return service_.send_due_alerts(); }) {
  // Both sides see a message at once: the receiver, and the sender's other open pages.
  core.events.subscribe<MessageSent>([&live = core.live](storage::Transaction& sql, const MessageSent& sent) {
    live.publish(sql, {sent.message.receiver_id, sent.message.sender_id}, "message.created",
                 message_to_json(sent.message));
  });
  // The sender learns it was read; the reader's other pages update their unread counts.
  core.events.subscribe<MessagesRead>([&live = core.live](storage::Transaction& sql, const MessagesRead& read) {
    live.publish(sql, {read.receipt.sender_id, read.receipt.reader_id}, "message.read", receipt_to_json(read.receipt));
  });
}

void MessagesModule::add_routes(http::Router& router) { messages::add_routes(router, service_); }

void MessagesModule::export_personal_data(soci::session& sql, const access::Caller& caller,
                                          boost::json::object& document) const {
  boost::json::array messages;
  for (const auto& message : service_.all_of(sql, caller.user_id)) messages.push_back(message_to_json(message));
  document["messages"] = std::move(messages);
}

}  // namespace medimeet::messages
