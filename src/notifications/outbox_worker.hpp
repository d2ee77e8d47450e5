#pragma once

#include <chrono>

#include "common/background_loop.hpp"
#include "common/time.hpp"
#include "notifications/outbox.hpp"
#include "notifications/senders.hpp"
#include "storage/database.hpp"

namespace medimeet::notifications {

struct OutboxWorkerOptions {
  std::chrono::milliseconds poll_interval{1000};
  int max_attempts = 8;  // then the message is marked failed
  std::chrono::seconds first_retry{30};  // doubled after each failure, at most one hour
  int batch_size = 20;
};

// Delivers the outbox in the background, with retries and exponential backoff. Several
// workers (in several instances) may run at once: each message is leased before it is sent.
class OutboxWorker {
 public:
  OutboxWorker(storage::Database& database, const OutboxRepository& outbox,
               EmailSender& email, SmsSender& sms, const Clock& clock,
               OutboxWorkerOptions options);
  void start() { loop_.start(); }
  void stop() { loop_.stop(); }
  // Asks the worker to look at the outbox now rather than at its next poll.
  void wake() { loop_.wake(); }
  // One pass over the due messages; returns how many were delivered. Used by the thread and
  // by tests.
  int deliver_due();
  // Forgets delivered and failed messages after 30 days; returns how many.
  long long purge_finished();

 private:
  storage::Database& database_;
  const OutboxRepository& outbox_;
  EmailSender& email_;
  SmsSender& sms_;
  const Clock& clock_;
  OutboxWorkerOptions options_;
  BackgroundLoop loop_;  // last: its thread uses the members above
};

}  // namespace medimeet::notifications
