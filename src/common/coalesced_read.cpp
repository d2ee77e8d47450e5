#include "common/coalesced_read.hpp"

namespace medimeet {

long long CoalescedRead::as_of(Instant asked_at) {
  {
    std::lock_guard lock(mutex_);
    if (known_ && began_ > asked_at) return value_;
  }
  const auto began = std::chrono::steady_clock::now();
  const auto value = read_();
  std::lock_guard lock(mutex_);
  // Of two reads that overlap, the one that began later is kept: it saw at least as much.
  if (!known_ || began > began_) {
    known_ = true;
    began_ = began;
    value_ = value;
  }
  return value;
}

}  // namespace medimeet
