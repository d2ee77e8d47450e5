#include "messages/message_service.hpp"

#include <spdlog/spdlog.h>

#include "common/error.hpp"
#include "common/object_id.hpp"
#include "i18n/message_catalogue.hpp"
#include "messages/message_events.hpp"
#include "notifications/email_layout.hpp"
#include "security/tokens.hpp"

namespace medimeet::messages {
namespace {

// An alert is about messages of the last week: older ones were seen some other way, or never
// will be, and the scan stays bounded.
constexpr auto kAlertHorizon = std::chrono::days(7);
constexpr auto kAlertInterval = std::chrono::hours(1);
constexpr int kAlertsPerPass = 50;

AppError no_care_relation() {
  return AppError::forbidden("no_care_relation",
                             "You can write only to a doctor or patient you have an appointment with.");
}

}  // namespace

MessageService::MessageService(storage::Database& database, const Clock& clock, const events::EventBus& events,
                               const access::CareRules& care, const accounts::AccountService& accounts,
                               const notifications::OutboxRepository& outbox, MessageSettings settings)
    : database_(database),
      clock_(clock),
      events_(events),
      care_(care),
      accounts_(accounts),
      outbox_(outbox),
      settings_(std::move(settings)) {}

bool MessageService::may_write(soci::session& sql, const access::Caller& caller, const Party& receiver) const {
  if (receiver.id == caller.user_id || receiver.role == caller.role) return false;
  return caller.is(access::Role::doctor) ? care_.have_met(sql, caller.user_id, receiver.id)
                                         : care_.have_met(sql, receiver.id, caller.user_id);
}

Party MessageService::conversation_party(soci::session& sql, const access::Caller& caller,
                                         const std::string& other_id) const {
  auto party = messages_.find_party(sql, other_id);
  if (!party || !(may_write(sql, caller, *party) || messages_.have_written(sql, caller.user_id, other_id))) {
    throw AppError::not_found("The conversation");
  }
  return *party;
}

Message MessageService::send(const access::Caller& caller, const Draft& draft,
                             const std::optional<std::string>& idempotency_key) {
  const auto request_hash = security::hash_token(draft.receiver_id + "|" + draft.content);
  auto replay = [&](const std::pair<std::string, Message>& stored) {
    if (stored.first != request_hash) {
      throw AppError::conflict("idempotency_key_reused", "This Idempotency-Key was used for a different message.");
    }
    return stored.second;
  };
  auto stored_for_key = [&] {
    return database_.read(
        [&](soci::session& sql) { return messages_.find_by_idempotency_key(sql, caller.user_id, *idempotency_key); });
  };
  if (idempotency_key) {
    if (auto stored = stored_for_key()) return replay(*stored);
  }

  const auto now = clock_.now();
  try {
    return database_.write([&](storage::Transaction& sql) {
      const auto receiver = messages_.find_party(sql, draft.receiver_id);
      if (!receiver || !may_write(sql, caller, *receiver)) throw no_care_relation();
      limiter_.claim(sql, "message-sender:" + caller.user_id, settings_.sends_per_sender, now);
      Message message{new_object_id(now), caller.user_id, receiver->id, draft.content, now, false, std::nullopt,
                      now, now};
      messages_.insert(sql, message, idempotency_key, request_hash);
      events_.publish(sql, MessageSent{message});
      return message;
    });
  } catch (const soci::soci_error& error) {
    // The same key, retried while the first send was still running: answer as it did.
    if (!idempotency_key || !storage::is_unique_violation(error)) throw;
    auto stored = stored_for_key();
    if (!stored) throw;
    return replay(*stored);
  }
}

std::optional<Message> MessageService::find(soci::session& sql, const std::string& message_id) const {
  return messages_.find(sql, message_id);
}

void MessageService::import_message(storage::Transaction& sql, const Message& message) const {
  messages_.insert(sql, message, std::nullopt, std::nullopt);
  const auto now = clock_.now();
  // Unread messages older than the horizon raise no alert anyway.
  if (!message.read && message.timestamp > now - kAlertHorizon) {
    messages_.mark_alerted(sql, message.receiver_id, message.sender_id, now);
  }
}

ConversationPage MessageService::conversations(const access::Caller& caller, const PageRequest& paging) {
  const auto page = paging.within(kMaxPageSize);
  return database_.read([&](soci::session& sql) {
    return ConversationPage{messages_.conversations(sql, caller.user_id, page.limit, page.offset()),
                            messages_.count_conversations(sql, caller.user_id)};
  });
}

Thread MessageService::thread(const access::Caller& caller, const std::string& other_id, const ThreadCursor& cursor,
                              int limit) {
  return database_.read([&](soci::session& sql) {
    Thread thread{conversation_party(sql, caller, other_id), {}, false};
    // One more than asked tells whether older messages remain.
    thread.messages = messages_.thread(sql, caller.user_id, other_id, cursor, limit + 1);
    thread.has_more = thread.messages.size() > static_cast<std::size_t>(limit);
    if (thread.has_more) thread.messages.pop_back();
    return thread;
  });
}

ReadReceipt MessageService::mark_read(const access::Caller& caller, const std::string& other_id) {
  const auto now = clock_.now();
  return database_.write([&](storage::Transaction& sql) {
    conversation_party(sql, caller, other_id);
    ReadReceipt receipt{caller.user_id, other_id, now, messages_.mark_read(sql, caller.user_id, other_id, now)};
    if (!receipt.message_ids.empty()) events_.publish(sql, MessagesRead{receipt});
    return receipt;
  });
}

long long MessageService::unread_count(const access::Caller& caller) {
  return database_.read([&](soci::session& sql) { return messages_.count_unread(sql, caller.user_id); });
}

int MessageService::send_due_alerts() {
  const auto now = clock_.now();
  const auto cutoff = now - settings_.email_delay;
  const auto floor = now - kAlertHorizon;
  const auto due = database_.read([&](soci::session& sql) {
    return messages_.due_alerts(sql, cutoff, floor, now - kAlertInterval, settings_.email_delay, kAlertsPerPass);
  });
  int sent = 0;
  for (const auto& alert : due) {
    // One conversation's failure must not hold back the others.
    try {
      if (send_alert(alert, now)) ++sent;
    } catch (const std::exception& error) {
      spdlog::error("the unread-message email to {} failed: {}", alert.receiver_id, error.what());
    }
  }
  return sent;
}

bool MessageService::send_alert(const DueAlert& alert, TimePoint now) {
  const auto cutoff = now - settings_.email_delay;
  return database_.write([&](storage::Transaction& sql) {
    // Claiming the conversation and queueing its email commit together: exactly once, even with
    // several instances or a crash in between.
    if (!messages_.still_unread(sql, alert, cutoff, now - kAlertHorizon, settings_.email_delay)) return false;
    if (!messages_.claim_alert(sql, alert, now)) return false;
    const auto receiver = accounts_.find_user(sql, alert.receiver_id);
    const auto sender = messages_.find_party(sql, alert.sender_id);
    if (!receiver || !sender) return false;
    const auto language = receiver->language;
    const auto sender_name = sender->titled_name();
    // Never the message itself: it is medical, and email is not the place for it.
    outbox_.enqueue(
        sql,
        notifications::compose_email(
            language, receiver->email,
            {receiver->name,
             i18n::text(language, i18n::Message::message_alert_subject, {{"sender", sender_name}}),
             {i18n::text(language, i18n::Message::message_alert_body, {{"sender", sender_name}})},
             notifications::EmailAction{i18n::text(language, i18n::Message::message_alert_action),
                                        settings_.public_url + "/messages/" + sender->id},
             {}}),
        now);
    return true;
  });
}

std::vector<Message> MessageService::all_of(soci::session& sql, const std::string& user_id) const {
  return messages_.all_of(sql, user_id);
}

}  // namespace medimeet::messages
