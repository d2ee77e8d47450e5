#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>

namespace medimeet {

// A number read from shared storage (a counter that only grows), read once for every caller who
// asked before the read began. Such a read sees every change committed before any of them asked,
// so each gets an answer as fresh as a read of their own; under load one read serves many.
class CoalescedRead {
 public:
  using Instant = std::chrono::steady_clock::time_point;

  explicit CoalescedRead(std::function<long long()> read) : read_(std::move(read)) {}

  // The number as of `asked_at` or later: the last read's when it began after `asked_at`, the
  // answer of one on the way that did, or a read of its own. Instant::max() (asked at an unknown
  // time) always reads.
  long long as_of(Instant asked_at);

 private:
  std::function<long long()> read_;
  std::mutex mutex_;
  std::condition_variable read_done_;
  bool known_ = false;
  Instant began_{};                   // when the read that gave value_ began
  long long value_ = 0;
  std::optional<Instant> on_the_way_;  // when the latest read still on the way began
};

}  // namespace medimeet
