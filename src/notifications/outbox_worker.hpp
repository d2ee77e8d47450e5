#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

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
  ~OutboxWorker();

  void start();
  void stop();
  // Asks the worker to look at the outbox now rather than at its next poll.
  void wake();
  // One pass over the due messages; returns how many were delivered. Used by the thread and
  // by tests.
  int deliver_due();

 private:
  void run();

  storage::Database& database_;
  const OutboxRepository& outbox_;
  EmailSender& email_;
  SmsSender& sms_;
  const Clock& clock_;
  OutboxWorkerOptions options_;
  std::mutex mutex_;
  std::condition_variable wakeup_;
  bool stopping_ = false;
  bool woken_ = false;
  std::thread thread_;
};

}  // namespace medimeet::notifications
