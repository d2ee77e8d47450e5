#include "notifications/outbox_worker.hpp"

#include <spdlog/spdlog.h>

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
  int delivered = 0;
  for (const auto& queued : batch) {
    const int attempts = queued.attempts + 1;
    try {
      if (queued.message.channel == Channel::email) {
        email_.send(queued.message.recipient, queued.message.subject, queued.message.body,
                    queued.message.html.value_or(""));
      } else {
        sms_.send(queued.message.recipient, queued.message.body);
      }
      database_.write([&](soci::session& sql) { outbox_.mark_sent(sql, queued.id, clock_.now()); });
      ++delivered;
    } catch (const std::exception& error) {
      const std::string reason = error.what();
      database_.write([&](soci::session& sql) {
        if (attempts >= options_.max_attempts) {
          spdlog::error("outbox: giving up on message {} after {} attempts: {}", queued.id,
                        attempts, reason);
          outbox_.mark_failed(sql, queued.id, attempts, reason);
        } else {
          auto delay = std::min<std::chrono::seconds>(options_.first_retry * (1 << (attempts - 1)),
                                                      std::chrono::hours(1));
          spdlog::warn("outbox: message {} attempt {} failed ({}); retrying in {}s", queued.id,
                       attempts, reason, delay.count());
          outbox_.schedule_retry(sql, queued.id, attempts, clock_.now() + delay, reason);
        }
      });
    }
  }
  return delivered;
}

}  // namespace medimeet::notifications
