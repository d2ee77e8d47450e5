#include "notifications/outbox.hpp"

#include <soci/soci.h>

#include "common/enum_names.hpp"
#include "common/object_id.hpp"
#include "storage/database.hpp"
#include "storage/kept_statements.hpp"
#include "storage/optional_binding.hpp"
#include "storage/query.hpp"

namespace medimeet::notifications {
namespace {

constexpr EnumNames<Channel, 2> kChannelNames{{{{Channel::email, "email"}, {Channel::sms, "sms"}}}};

}  // namespace

OutboxRepository::OutboxRepository(std::function<void()> wake_worker)
    : wake_worker_(std::move(wake_worker)) {}

void OutboxRepository::enqueue(storage::Transaction& transaction, const OutgoingMessage& message,
                               TimePoint now) const {
  auto& sql = transaction.sql();
  const std::string id = new_object_id(now);
  const std::string channel(kChannelNames.name(message.channel));
  const long long now_ms = to_epoch_ms(now);
  storage::run(sql, "INSERT INTO outbox (id, channel, recipient, subject, body, html_body, status, attempts, "
                    "next_attempt_at, created_at, notification_id) "
                    "VALUES (:id, :ch, :to, :s, :b, :h, 'pending', 0, :n, :c, :notification)",
               soci::use(id), soci::use(channel), soci::use(message.recipient), soci::use(message.subject),
               soci::use(message.body), soci::use(message.html), soci::use(now_ms), soci::use(now_ms),
               soci::use(message.notification_id));
  if (wake_worker_) transaction.after_commit(wake_worker_);
}

std::vector<QueuedMessage> OutboxRepository::claim_due(soci::session& sql, TimePoint now,
                                                       int limit,
                                                       std::chrono::seconds lease) const {
  const long long now_ms = to_epoch_ms(now);
  std::vector<std::string> candidates;
  {
    std::string id;
    storage::KeptStatement query(sql, "SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= :n "
                                      "AND (locked_until IS NULL OR locked_until < :n2) "
                                      "ORDER BY next_attempt_at LIMIT :l",
                                 soci::use(now_ms), soci::use(now_ms), soci::use(limit), soci::into(id));
    query->execute();
    while (query->fetch()) candidates.push_back(id);
  }
  std::vector<QueuedMessage> claimed;
  const long long locked_until = to_epoch_ms(now + lease);
  for (const auto& id : candidates) {
    // Whoever changes the row first owns it; the others see 0 rows changed.
    storage::Query claim("UPDATE outbox SET locked_until = ");
    claim.bind(locked_until).append(" WHERE id = ").bind(id);
    claim.append(" AND status = 'pending' AND (locked_until IS NULL OR locked_until < ").bind(now_ms).append(")");
    if (storage::execute_counting_rows(sql, claim) != 1) continue;
    QueuedMessage queued;
    std::string channel;
    storage::run(sql, "SELECT id, channel, recipient, subject, body, html_body, attempts FROM outbox WHERE id = :id",
                 soci::use(id), soci::into(queued.id), soci::into(channel), soci::into(queued.message.recipient),
                 soci::into(queued.message.subject), soci::into(queued.message.body), soci::into(queued.message.html),
                 soci::into(queued.attempts));
    queued.message.channel = kChannelNames.parse(channel).value_or(Channel::email);
    claimed.push_back(std::move(queued));
  }
  return claimed;
}

void OutboxRepository::mark_sent(soci::session& sql, const std::string& id, TimePoint now) const {
  const long long sent_at = to_epoch_ms(now);
  storage::run(sql, "UPDATE outbox SET status = 'sent', body = '', html_body = NULL, sent_at = :s, locked_until = "
                    "NULL, "
                    "attempts = attempts + 1, last_error = NULL WHERE id = :id",
               soci::use(sent_at), soci::use(id));
  storage::run(sql, "UPDATE notifications SET sent_at = :s, updated_at = :u WHERE sent_at IS NULL AND id = "
                    "(SELECT notification_id FROM outbox WHERE id = :id)",
               soci::use(sent_at), soci::use(sent_at), soci::use(id));
}

void OutboxRepository::mark_failed(soci::session& sql, const std::string& id, int attempts,
                                   const std::string& error) const {
  storage::run(sql, "UPDATE outbox SET status = 'failed', body = '', html_body = NULL, attempts = :a, locked_until = "
                    "NULL, "
                    "last_error = :e WHERE id = :id",
               soci::use(attempts), soci::use(error), soci::use(id));
}

long long OutboxRepository::purge_finished(soci::session& sql, TimePoint before) const {
  const long long before_ms = to_epoch_ms(before);
  return storage::execute_counting_rows(
      sql, storage::Query("DELETE FROM outbox WHERE status <> 'pending' AND created_at <= ").bind(before_ms));
}

OutboxBacklog OutboxRepository::backlog(soci::session& sql, TimePoint now) const {
  OutboxBacklog backlog;
  long long oldest = 0;
  soci::indicator found = soci::i_null;
  storage::run(sql, "SELECT COUNT(*), MIN(created_at) FROM outbox WHERE status = 'pending'", soci::into(backlog.depth),
               soci::into(oldest, found));
  if (found == soci::i_ok) backlog.oldest_age = now - from_epoch_ms(oldest);
  return backlog;
}

void OutboxRepository::schedule_retry(soci::session& sql, const std::string& id, int attempts,
                                      TimePoint next_attempt, const std::string& error) const {
  const long long next_ms = to_epoch_ms(next_attempt);
  storage::run(sql, "UPDATE outbox SET attempts = :a, next_attempt_at = :n, locked_until = NULL, "
                    "last_error = :e WHERE id = :id",
               soci::use(attempts), soci::use(next_ms), soci::use(error), soci::use(id));
}

}  // namespace medimeet::notifications
