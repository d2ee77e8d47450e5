#include "common/background_loop.hpp"

#include <spdlog/spdlog.h>

namespace medimeet {

BackgroundLoop::BackgroundLoop(std::string name, std::chrono::milliseconds interval,
                               std::function<int()> pass)
    : name_(std::move(name)), interval_(interval), pass_(std::move(pass)) {}

BackgroundLoop::~BackgroundLoop() { stop(); }

void BackgroundLoop::start() {
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { run(); });
}

void BackgroundLoop::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wakeup_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void BackgroundLoop::wake() {
  {
    std::lock_guard lock(mutex_);
    woken_ = true;
  }
  wakeup_.notify_all();
}

void BackgroundLoop::run() {
  while (true) {
    try {
      while (pass_() > 0) {
        std::lock_guard lock(mutex_);
        if (stopping_) return;
      }
    } catch (const std::exception& error) {
      spdlog::error("{}: {}", name_, error.what());
    }
    std::unique_lock lock(mutex_);
    wakeup_.wait_for(lock, interval_, [this] { return stopping_ || woken_; });
    woken_ = false;
    if (stopping_) return;
  }
}

}  // namespace medimeet
