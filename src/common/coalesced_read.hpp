#pragma once

#include <chrono>
#include <functional>
#include <mutex>

namespace medimeet {

// A number read from shared storage (a counter that only grows), read once for every caller who
// asked before the read began. Such a read sees every change committed before anyone of them
// asked, so each gets an answer as fresh as a read of their own; under load one read serves many.
class CoalescedRead {
 public:
  using Instant = std::chrono::steady_clock::time_point;

  explicit CoalescedRead(std::function<long long()> read) : read_(std::move(read)) {}

  // The number as of `asked_at` or later. Instant::max() (asked at an unknown time) always reads.
  long long as_of(Instant asked_at);

 private:
  std::function<long long()> read_;
  std::mutex mutex_;
  bool known_ = false;
  Instant began_{};  // when the read that gave value_ began
  long long value_ = 0;
};

}  // namespace medimeet
