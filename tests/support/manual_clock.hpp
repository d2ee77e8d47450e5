#pragma once

#include <atomic>

#include "common/time.hpp"

namespace medimeet::testing {

// A clock that stands still until a test moves it. Starts at the real current time.
class ManualClock final : public Clock {
 public:
  ManualClock() : now_ms_(to_epoch_ms(SystemClock().now())) {}
  explicit ManualClock(TimePoint start) : now_ms_(to_epoch_ms(start)) {}

  TimePoint now() const override { return from_epoch_ms(now_ms_.load()); }
  void advance(std::chrono::milliseconds by) { now_ms_ += by.count(); }
  void set(TimePoint to) { now_ms_ = to_epoch_ms(to); }

 private:
  std::atomic<long long> now_ms_;
};

}  // namespace medimeet::testing
