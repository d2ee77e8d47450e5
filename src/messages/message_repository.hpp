#pragma once

#include <soci/session.h>

#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/time.hpp"
#include "messages/message.hpp"

namespace medimeet::messages {

// All SQL of the messages and message_alerts tables.
class MessageRepository {
 public:
  // Every field of the message as it is, with the sender's Idempotency-Key and the hash of what
  // it sent (an imported message has neither).
  void insert(soci::session& sql, const Message& message, const std::optional<std::string>& idempotency_key,
              const std::optional<std::string>& request_hash) const;
  std::optional<Message> find(soci::session& sql, const std::string& id) const;
  // The message a sender's key sent, with the hash of its request.
  std::optional<std::pair<std::string, Message>> find_by_idempotency_key(soci::session& sql,
                                                                         const std::string& sender_id,
                                                                         const std::string& key) const;
  // A user as the other side of a conversation; nullopt when there is none.
  std::optional<Party> find_party(soci::session& sql, const std::string& user_id) const;
  bool have_written(soci::session& sql, const std::string& user_id, const std::string& other_id) const;

  // The user's conversations, the latest message first.
  std::vector<Conversation> conversations(soci::session& sql, const std::string& user_id, int limit, int offset) const;
  long long count_conversations(soci::session& sql, const std::string& user_id) const;
  // The messages between the two, newest first, from `cursor`; at most `limit`.
  // Every message `user_id` sent or received, oldest first.
  std::vector<Message> all_of(soci::session& sql, const std::string& user_id) const;
  std::vector<Message> thread(soci::session& sql, const std::string& user_id, const std::string& other_id,
                              const ThreadCursor& cursor, int limit) const;
  // Marks read what `reader_id` received from `sender_id` and had not read; returns their ids.
  std::vector<std::string> mark_read(soci::session& sql, const std::string& reader_id, const std::string& sender_id,
                                     TimePoint now) const;
  long long count_unread(soci::session& sql, const std::string& user_id) const;

  // Conversations with a message sent by `cutoff` (and after `floor`) and still unread, whose
  // receiver was not emailed since `hour_ago`, nor about that message: an email sent at t told of
  // the messages sent by t - `delay`.
  std::vector<DueAlert> due_alerts(soci::session& sql, TimePoint cutoff, TimePoint floor, TimePoint hour_ago,
                                   std::chrono::seconds delay, int limit) const;
  // The alert's conversation still has such a message.
  bool still_unread(soci::session& sql, const DueAlert& alert, TimePoint cutoff, TimePoint floor,
                    std::chrono::seconds delay) const;
  // Records the email about the alert at `now`, unless another worker did first; true when this
  // one did.
  bool claim_alert(soci::session& sql, const DueAlert& alert, TimePoint now) const;
  // Records that the receiver was told at `at` of what the sender had written by then.
  void mark_alerted(soci::session& sql, const std::string& receiver_id, const std::string& sender_id,
                    TimePoint at) const;
};

}  // namespace medimeet::messages
