#include "notifications/outbox_worker.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <mutex>
#include <thread>

#include "common/embedded_file.hpp"
#include "manual_clock.hpp"
#include "storage/migrations.hpp"
#include "storage/optional_binding.hpp"
#include "test_database.hpp"

namespace medimeet::notifications {
namespace {

using namespace std::chrono_literals;
using testing::TestBackend;

class RecordingEmail final : public EmailSender {
 public:
  void send(const std::string& to, const std::string& subject, const std::string& body,
            const std::string&) override {
    std::lock_guard lock(mutex);
    if (failures_left > 0) {
      --failures_left;
      throw std::runtime_error("SMTP server said no");
    }
    sent.push_back(to + "|" + subject + "|" + body);
  }
  std::mutex mutex;
  int failures_left = 0;
  std::vector<std::string> sent;
};

class RecordingSms final : public SmsSender {
 public:
  void send(const std::string& to, const std::string& body) override {
    std::lock_guard lock(mutex);
    sent.push_back(to + "|" + body);
  }
  std::mutex mutex;
  std::vector<std::string> sent;
};

class OutboxWorkerTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  OutboxWorkerTest() : database_(testing::fresh_database_url(GetParam()), 4) {
    storage::migrate(database_, embedded_migrations());
  }

  void enqueue(OutgoingMessage message) {
    database_.write([&](storage::Transaction& sql) { outbox_.enqueue(sql, message, clock_.now()); });
  }

  std::string column(const std::string& name) {
    return database_.read([&](soci::session& sql) {
      std::optional<std::string> value;
      sql << "SELECT " + name + " FROM outbox", soci::into(value);
      return value.value_or("<null>");
    });
  }

  OutboxWorker make_worker(int max_attempts = 3) {
    return OutboxWorker(database_, outbox_, email_, sms_, clock_,
                        OutboxWorkerOptions{10ms, max_attempts, 30s, 20});
  }

  testing::ManualClock clock_;
  storage::Database database_;
  OutboxRepository outbox_;
  RecordingEmail email_;
  RecordingSms sms_;
};

TEST_P(OutboxWorkerTest, QueuingWakesTheWorkerOnlyOnceCommitted) {
  int wakes = 0;
  long long queued_when_woken = -1;
  const OutboxRepository outbox([&] {
    ++wakes;
    queued_when_woken = database_.read([](soci::session& sql) {
      long long n = 0;
      sql << "SELECT COUNT(*) FROM outbox", soci::into(n);
      return n;
    });
  });
  const OutgoingMessage message{Channel::email, "ann@example.com", "Hello", "body"};
  EXPECT_THROW(database_.write([&](storage::Transaction& transaction) {
    outbox.enqueue(transaction, message, clock_.now());
    throw std::runtime_error("the change that caused it failed");
  }),
               std::runtime_error);
  EXPECT_EQ(wakes, 0);
  database_.write([&](storage::Transaction& transaction) { outbox.enqueue(transaction, message, clock_.now()); });
  EXPECT_EQ(wakes, 1);
  EXPECT_EQ(queued_when_woken, 1);  // the worker, woken, finds the message
}

TEST_P(OutboxWorkerTest, DeliversEmailAndSmsThenErasesTheBody) {
  enqueue({Channel::email, "ann@example.com", "Hello", "secret link"});
  enqueue({Channel::sms, "+33612345678", "", "code 123456"});
  auto worker = make_worker();
  EXPECT_EQ(worker.deliver_due(), 2);
  ASSERT_EQ(email_.sent.size(), 1u);
  EXPECT_EQ(email_.sent[0], "ann@example.com|Hello|secret link");
  ASSERT_EQ(sms_.sent.size(), 1u);
  EXPECT_EQ(sms_.sent[0], "+33612345678|code 123456");
  EXPECT_EQ(worker.deliver_due(), 0);
  database_.read([](soci::session& sql) {
    long long sent = 0;
    long long with_body = 0;
    sql << "SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND sent_at IS NOT NULL", soci::into(sent);
    sql << "SELECT COUNT(*) FROM outbox WHERE body <> ''", soci::into(with_body);
    EXPECT_EQ(sent, 2);
    EXPECT_EQ(with_body, 0);
  });
}

TEST_P(OutboxWorkerTest, RetriesWithBackoffThenSucceeds) {
  email_.failures_left = 2;
  enqueue({Channel::email, "ann@example.com", "Hello", "body"});
  auto worker = make_worker(5);
  EXPECT_EQ(worker.deliver_due(), 0);
  EXPECT_EQ(column("last_error"), "SMTP server said no");
  EXPECT_EQ(worker.deliver_due(), 0);  // not due yet: the retry waits 30 s
  clock_.advance(30s);
  EXPECT_EQ(worker.deliver_due(), 0);  // second failure; next wait is 60 s
  clock_.advance(59s);
  EXPECT_EQ(worker.deliver_due(), 0);
  clock_.advance(1s);
  EXPECT_EQ(worker.deliver_due(), 1);
  EXPECT_EQ(column("status"), "sent");
  EXPECT_EQ(column("attempts"), "3");
}

TEST_P(OutboxWorkerTest, GivesUpAfterMaxAttempts) {
  email_.failures_left = 100;
  enqueue({Channel::email, "ann@example.com", "Hello", "body"});
  auto worker = make_worker(3);
  for (int i = 0; i < 3; ++i) {
    worker.deliver_due();
    clock_.advance(1h);
  }
  EXPECT_EQ(column("status"), "failed");
  EXPECT_EQ(column("body"), "");
  worker.deliver_due();
  EXPECT_TRUE(email_.sent.empty());
}

TEST_P(OutboxWorkerTest, TwoWorkersNeverSendTheSameMessageTwice) {
  for (int i = 0; i < 40; ++i) {
    enqueue({Channel::email, "user" + std::to_string(i) + "@example.com", "Hello", "body"});
  }
  auto first = make_worker();
  auto second = make_worker();
  std::atomic<int> delivered{0};
  std::thread a([&] { while (int n = first.deliver_due()) delivered += n; });
  std::thread b([&] { while (int n = second.deliver_due()) delivered += n; });
  a.join();
  b.join();
  EXPECT_EQ(delivered, 40);
  std::sort(email_.sent.begin(), email_.sent.end());
  EXPECT_EQ(std::unique(email_.sent.begin(), email_.sent.end()), email_.sent.end());
  EXPECT_EQ(email_.sent.size(), 40u);
}

TEST_P(OutboxWorkerTest, TheBackgroundThreadDeliversWhenWoken) {
  auto worker = make_worker();
  worker.start();
  enqueue({Channel::email, "ann@example.com", "Hello", "body"});
  worker.wake();
  for (int i = 0; i < 500; ++i) {
    {
      std::lock_guard lock(email_.mutex);
      if (!email_.sent.empty()) break;
    }
    std::this_thread::sleep_for(10ms);
  }
  worker.stop();
  EXPECT_EQ(email_.sent.size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Backends, OutboxWorkerTest, testing::all_backends(),
                         testing::backend_test_name);

}  // namespace
}  // namespace medimeet::notifications
