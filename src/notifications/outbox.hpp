#pragma once

#include <soci/session.h>

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/time.hpp"
#include "storage/transaction.hpp"

namespace medimeet::notifications {

enum class Channel { email, sms };

// An email or SMS to deliver. Written in the same transaction as the change that causes it,
// so it is sent if and only if that change is committed.
struct OutgoingMessage {
  Channel channel = Channel::email;
  std::string recipient;  // an email address or an E.164 phone number
  std::string subject;    // emails only
  std::string body;       // the plain text
  std::optional<std::string> html;  // emails only: the HTML alternative of `body`
  std::optional<std::string> notification_id;  // delivering it sets that notification's sentAt
};

struct QueuedMessage {
  std::string id;
  OutgoingMessage message;
  int attempts = 0;
};

// All SQL of the outbox table. One instance is shared by the modules that queue messages.
struct OutboxBacklog {
  long long depth = 0;
  std::chrono::duration<double> oldest_age{0};
};

class OutboxRepository {
 public:
  // `wake_worker` is called after each commit that queued messages, so they go out at once
  // rather than at the worker's next poll.
  explicit OutboxRepository(std::function<void()> wake_worker = {});

  // Queues `message` in `transaction`: sent if and only if it commits.
  void enqueue(storage::Transaction& transaction, const OutgoingMessage& message,
               TimePoint now) const;
  // Leases up to `limit` due messages to the caller for `lease`, so no other worker (of this or
  // another instance) takes them meanwhile.
  std::vector<QueuedMessage> claim_due(soci::session& sql, TimePoint now, int limit,
                                       std::chrono::seconds lease) const;
  // Sent or given up: the bodies, which may hold a one-time link, are erased. Sending also sets
  // the sentAt of the message's notification.
  void mark_sent(soci::session& sql, const std::string& id, TimePoint now) const;
  void mark_failed(soci::session& sql, const std::string& id, int attempts,
                   const std::string& error) const;
  // Sent or failed messages finished before `before` (their bodies are gone already).
  long long purge_finished(soci::session& sql, TimePoint before) const;
  // Messages waiting to be sent, and how long the oldest of them has waited at `now`.
  OutboxBacklog backlog(soci::session& sql, TimePoint now) const;
  void schedule_retry(soci::session& sql, const std::string& id, int attempts,
                      TimePoint next_attempt, const std::string& error) const;

 private:
  std::function<void()> wake_worker_;
};

}  // namespace medimeet::notifications
