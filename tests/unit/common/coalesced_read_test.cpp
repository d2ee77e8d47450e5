#include "common/coalesced_read.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace medimeet {
namespace {

using Instant = CoalescedRead::Instant;

// A stored number and how often it was read.
class CountedReadTest : public ::testing::Test {
 protected:
  int reads_ = 0;
  long long stored_ = 7;
  CoalescedRead number_{[this] {
    ++reads_;
    return stored_;
  }};
};

TEST_F(CountedReadTest, ACallerWhoAskedBeforeTheLastReadBeganSharesIt) {
  const auto asked = std::chrono::steady_clock::now();
  EXPECT_EQ(number_.as_of(asked), 7);
  stored_ = 8;  // a change committed after `asked`: no answer as of `asked` must include it
  EXPECT_EQ(number_.as_of(asked), 7);
  EXPECT_EQ(reads_, 1);
}

TEST_F(CountedReadTest, ACallerWhoAskedAfterTheLastReadBeganReadsAgain) {
  EXPECT_EQ(number_.as_of(std::chrono::steady_clock::now()), 7);
  stored_ = 8;  // committed, then asked: the answer must see it
  EXPECT_EQ(number_.as_of(std::chrono::steady_clock::now()), 8);
  EXPECT_EQ(reads_, 2);
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

// A read that, once begun, stays on the way until the test lets it go.
class HeldRead {
 public:
  void hold() {
    std::unique_lock lock(mutex_);
    began_ = true;
    changed_.notify_all();
    changed_.wait(lock, [&] { return released_; });
  }
  void wait_until_begun() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return began_; });
  }
  void let_go() {
    {
      std::lock_guard lock(mutex_);
      released_ = true;
    }
    changed_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  bool began_ = false;
  bool released_ = false;
};

// Starts `first` (which begins the held read), then `second` once that read is on the way, gives
// `second` room to read wrongly for itself, and lets the held read end.
void ask_during_held_read(HeldRead& held, const std::function<void()>& first, const std::function<void()>& second) {
  std::thread reader(first);
  held.wait_until_begun();
  std::thread waiter(second);
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  held.let_go();
  reader.join();
  waiter.join();
}

TEST(CoalescedReadTest, ACallerWhoAskedBeforeAReadOnTheWayBeganWaitsForIt) {
  HeldRead held;
  std::atomic<int> reads{0};
  CoalescedRead number([&] {
    ++reads;
    held.hold();
    return 5LL;
  });
  const auto asked = std::chrono::steady_clock::now();
  long long first = 0;
  long long second = 0;
  ask_during_held_read(held, [&] { first = number.as_of(asked); }, [&] { second = number.as_of(asked); });
  EXPECT_EQ(first, 5);
  EXPECT_EQ(second, 5);
  EXPECT_EQ(reads.load(), 1);
}

TEST(CoalescedReadTest, ThoseWaitingForAFailedReadReadForThemselves) {
  HeldRead held;
  std::atomic<int> reads{0};
  CoalescedRead number([&]() -> long long {
    if (++reads > 1) return 9;
    held.hold();
    throw std::runtime_error("connection lost");
  });
  const auto asked = std::chrono::steady_clock::now();
  long long second = 0;
  ask_during_held_read(
      held, [&] { EXPECT_THROW(number.as_of(asked), std::runtime_error); }, [&] { second = number.as_of(asked); });
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
