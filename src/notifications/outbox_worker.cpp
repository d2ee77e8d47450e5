#include "notifications/outbox_worker.hpp"

#include <spdlog/spdlog.h>

#include <string>
#include <vector>

namespace medimeet::notifications {

OutboxWorker::OutboxWorker(storage::Database& database, const OutboxRepository& outbox,
                           EmailSender& email, SmsSender& sms, const Clock& clock,
                           OutboxWorkerOptions options)
    : database_(database),
      outbox_(outbox),
      email_(email),
      sms_(sms),
      clock_(clock),
      options_(options),
      loop_("outbox", options.poll_interval, [this] { return deliver_due(); }) {}

long long OutboxWorker::purge_finished() {
  const auto before = clock_.now() - std::chrono::days(30);
  return database_.write([&](soci::session& sql) { return outbox_.purge_finished(sql, before); });
}

int OutboxWorker::deliver_due() {
  // The lease outlasts the slowest delivery (curl times out at 30 s + 10 s to connect).
  const auto lease = std::chrono::seconds(120);
  auto batch = database_.write([&](soci::session& sql) {
    return outbox_.claim_due(sql, clock_.now(), options_.batch_size, lease);
  });
  if (batch.empty()) return 0;
  // What became of each message is written in one transaction once the batch is sent: a commit
  // waits for the disk, so one per batch rather than one per message (a booking queues four).
  // A crash in between sends the batch again (at least once, as before).
  struct Outcome {
    bool sent = false;
    TimePoint at;
    std::string error;
  };
  std::vector<Outcome> outcomes;
  outcomes.reserve(batch.size());
  int delivered = 0;
  for (const auto& queued : batch) {
    try {
      if (queued.message.channel == Channel::email) {
        email_.send(queued.message.recipient, queued.message.subject, queued.message.body,
                    queued.message.html.value_or(""));
      } else {
        sms_.send(queued.message.recipient, queued.message.body);
      }
      outcomes.push_back({true, clock_.now(), {}});
      ++delivered;
    } catch (const std::exception& error) {
      outcomes.push_back({false, clock_.now(), error.what()});
    }
  }
  database_.write([&](soci::session& sql) {
    for (std::size_t i = 0; i < batch.size(); ++i) {
      const auto& queued = batch[i];
      const auto& outcome = outcomes[i];
      if (outcome.sent) {
        outbox_.mark_sent(sql, queued.id, outcome.at);
        continue;
      }
      const int attempts = queued.attempts + 1;
      if (attempts >= options_.max_attempts) {
        spdlog::error("outbox: giving up on message {} after {} attempts: {}", queued.id, attempts, outcome.error);
        outbox_.mark_failed(sql, queued.id, attempts, outcome.error);
      } else {
        const auto delay = std::min<std::chrono::seconds>(options_.first_retry * (1 << (attempts - 1)),
                                                          std::chrono::hours(1));
        spdlog::warn("outbox: message {} attempt {} failed ({}); retrying in {}s", queued.id, attempts,
                     outcome.error, delay.count());
        outbox_.schedule_retry(sql, queued.id, attempts, outcome.at + delay, outcome.error);
      }
    }
  });
  return delivered;
}

}  // namespace medimeet::notifications
