#include "common/coalesced_read.hpp"

namespace medimeet {

long long CoalescedRead::as_of(Instant asked_at) {
  std::unique_lock lock(mutex_);
  for (;;) {
    if (known_ && began_ > asked_at) return value_;
    if (!on_the_way_ || *on_the_way_ <= asked_at) break;
    read_done_.wait(lock);  // that read began after this caller asked: its answer will do
  }
  const auto began = std::chrono::steady_clock::now();
  on_the_way_ = began;
  lock.unlock();
  long long value = 0;
  try {
    value = read_();
  } catch (...) {
    lock.lock();
    if (on_the_way_ == began) on_the_way_.reset();
    read_done_.notify_all();  // those waiting for it read for themselves
    throw;
  }
  lock.lock();
  if (on_the_way_ == began) on_the_way_.reset();
  // Of two reads that overlap, the one that began later is kept: it saw at least as much.
  if (!known_ || began > began_) {
    known_ = true;
    began_ = began;
    value_ = value;
  }
  read_done_.notify_all();
  return value;
}

}  // namespace medimeet
