#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "access/caller.hpp"
#include "access/care_relations.hpp"
#include "accounts/account_service.hpp"
#include "common/paging.hpp"
#include "common/time.hpp"
#include "events/event_bus.hpp"
#include "messages/message.hpp"
#include "messages/message_repository.hpp"
#include "notifications/outbox.hpp"
#include "security/attempt_limiter.hpp"
#include "storage/database.hpp"

namespace medimeet::messages {

struct MessageSettings {
  std::string public_url = "http://127.0.0.1:8080";  // the emails link to the conversation
  // A message still unread this long after it was sent emails its receiver (never its content).
  std::chrono::seconds email_delay = std::chrono::minutes(10);
  security::AttemptPolicy sends_per_sender{30, std::chrono::minutes(1), std::chrono::minutes(1)};
};

// A message as a sender writes it.
struct Draft {
  std::string receiver_id;
  std::string content;  // trimmed, 1 to kMaxContent characters
};

// The Messages collection's use cases. Only a patient and a doctor who share an appointment
// write to each other; only the two of them ever read what they wrote.
class MessageService {
 public:
  static constexpr std::size_t kMaxContent = 5000;
  static constexpr int kMaxPageSize = 100;

  // Publishes MessageSent and MessagesRead on `events`.
  MessageService(storage::Database& database, const Clock& clock, const events::EventBus& events,
                 const access::CareRules& care, const accounts::AccountService& accounts,
                 const notifications::OutboxRepository& outbox, MessageSettings settings);

  // 403 no_care_relation; 429 past the sender's messages a minute; with an idempotency key, a
  // repeated send returns the first message (409 idempotency_key_reused for other content).
  Message send(const access::Caller& caller, const Draft& draft, const std::optional<std::string>& idempotency_key);
  ConversationPage conversations(const access::Caller& caller, const PageRequest& paging);
  // 404 unless the caller may write to `other_id` or they have written to each other.
  Thread thread(const access::Caller& caller, const std::string& other_id, const ThreadCursor& cursor, int limit);
  // Marks read what the caller received from `other_id`; 404 as thread().
  ReadReceipt mark_read(const access::Caller& caller, const std::string& other_id);
  long long unread_count(const access::Caller& caller);
  // The message with this id, whoever wrote it, read on `sql`: for the operator's export.
  std::optional<Message> find(soci::session& sql, const std::string& message_id) const;
  // Stores a message of a data import as it is (the importer checked it), publishing nothing. Its
  // receiver counts as told of it: what an import brings was seen, or emailed about, where it
  // came from, so no unread-message email follows for it.
  void import_message(storage::Transaction& sql, const Message& message) const;
  // Every message the user sent or received, oldest first: for their data export.
  std::vector<Message> all_of(soci::session& sql, const std::string& user_id) const;

  // Emails each receiver with messages unread for the delay, at most once per conversation an
  // hour, exactly once (claimed with the email's queueing); returns how many. For the worker.
  int send_due_alerts();

 private:
  bool may_write(soci::session& sql, const access::Caller& caller, const Party& receiver) const;
  // The counterpart of a conversation the caller may see; 404 otherwise.
  Party conversation_party(soci::session& sql, const access::Caller& caller, const std::string& other_id) const;
  bool send_alert(const DueAlert& alert, TimePoint now);

  storage::Database& database_;
  const Clock& clock_;
  const events::EventBus& events_;
  const access::CareRules& care_;
  const accounts::AccountService& accounts_;
  const notifications::OutboxRepository& outbox_;
  MessageSettings settings_;
  MessageRepository messages_;
  security::AttemptLimiter limiter_;
};

}  // namespace medimeet::messages
