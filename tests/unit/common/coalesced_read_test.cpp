#include "common/coalesced_read.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace medimeet {
namespace {

using Instant = CoalescedRead::Instant;

TEST(CoalescedReadTest, ACallerWhoAskedBeforeTheLastReadBeganSharesIt) {
  int reads = 0;
  long long stored = 7;
  CoalescedRead number([&] {
    ++reads;
    return stored;
  });
  const auto asked = std::chrono::steady_clock::now();
  EXPECT_EQ(number.as_of(asked), 7);
  stored = 8;  // a change committed after `asked`: no answer as of `asked` must include it
  EXPECT_EQ(number.as_of(asked), 7);
  EXPECT_EQ(reads, 1);
}

TEST(CoalescedReadTest, ACallerWhoAskedAfterTheLastReadBeganReadsAgain) {
  int reads = 0;
  long long stored = 7;
  CoalescedRead number([&] {
    ++reads;
    return stored;
  });
  EXPECT_EQ(number.as_of(std::chrono::steady_clock::now()), 7);
  stored = 8;  // committed, then asked: the answer must see it
  EXPECT_EQ(number.as_of(std::chrono::steady_clock::now()), 8);
  EXPECT_EQ(reads, 2);
}

TEST(CoalescedReadTest, AnUnknownAskingTimeAlwaysReads) {
  int reads = 0;
  CoalescedRead number([&] { return ++reads; });
  EXPECT_EQ(number.as_of(Instant::max()), 1);
  EXPECT_EQ(number.as_of(Instant::max()), 2);
}

TEST(CoalescedReadTest, AFailedReadIsNotKept) {
  bool fail = true;
  CoalescedRead number([&]() -> long long {
    if (fail) throw std::runtime_error("connection lost");
    return 3;
  });
  const auto asked = std::chrono::steady_clock::now();
  EXPECT_THROW(number.as_of(asked), std::runtime_error);
  fail = false;
  EXPECT_EQ(number.as_of(asked), 3);
}

TEST(CoalescedReadTest, ACallerWhoAskedBeforeAReadOnTheWayBeganWaitsForIt) {
  std::mutex mutex;
  std::condition_variable changed;
  bool began = false;
  bool release = false;
  std::atomic<int> reads{0};
  CoalescedRead number([&] {
    ++reads;
    std::unique_lock lock(mutex);
    began = true;
    changed.notify_all();
    changed.wait(lock, [&] { return release; });
    return 5LL;
  });
  const auto asked = std::chrono::steady_clock::now();
  long long first = 0;
  long long second = 0;
  std::thread reader([&] { first = number.as_of(asked); });
  {
    std::unique_lock lock(mutex);
    changed.wait(lock, [&] { return began; });
  }
  std::thread waiter([&] { second = number.as_of(asked); });
  std::this_thread::sleep_for(std::chrono::milliseconds(20));  // room for a wrong second read
  {
    std::lock_guard lock(mutex);
    release = true;
  }
  changed.notify_all();
  reader.join();
  waiter.join();
  EXPECT_EQ(first, 5);
  EXPECT_EQ(second, 5);
  EXPECT_EQ(reads.load(), 1);
}

TEST(CoalescedReadTest, ThoseWaitingForAFailedReadReadForThemselves) {
  std::mutex mutex;
  std::condition_variable changed;
  bool began = false;
  bool release = false;
  std::atomic<int> reads{0};
  CoalescedRead number([&]() -> long long {
    if (++reads > 1) return 9;
    std::unique_lock lock(mutex);
    began = true;
    changed.notify_all();
    changed.wait(lock, [&] { return release; });
    throw std::runtime_error("connection lost");
  });
  const auto asked = std::chrono::steady_clock::now();
  std::thread reader([&] { EXPECT_THROW(number.as_of(asked), std::runtime_error); });
  {
    std::unique_lock lock(mutex);
    changed.wait(lock, [&] { return began; });
  }
  long long second = 0;
  std::thread waiter([&] { second = number.as_of(asked); });
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  {
    std::lock_guard lock(mutex);
    release = true;
  }
  changed.notify_all();
  reader.join();
  waiter.join();
  EXPECT_EQ(second, 9);
  EXPECT_EQ(reads.load(), 2);
}

// Callers on many threads each bump the stored number and then ask: every answer includes their
// own bump (the number counts the bumps committed before the read began).
TEST(CoalescedReadTest, EveryAnswerIncludesWhatWasCommittedBeforeTheCallerAsked) {
  std::atomic<long long> stored{0};
  CoalescedRead number([&] { return stored.load(); });
  std::atomic<int> stale{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 2000; ++i) {
        const auto committed = ++stored;
        if (number.as_of(std::chrono::steady_clock::now()) < committed) ++stale;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(stale.load(), 0);
}

}  // namespace
}  // namespace medimeet
