#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace medimeet {

// A background thread that runs `pass` again and again: at once while a pass reports work done
// (returns > 0), otherwise after `interval` or when woken. A throwing pass is logged and retried
// at the next interval.
class BackgroundLoop {
 public:
  BackgroundLoop(std::string name, std::chrono::milliseconds interval, std::function<int()> pass);
  ~BackgroundLoop();
  BackgroundLoop(const BackgroundLoop&) = delete;
  BackgroundLoop& operator=(const BackgroundLoop&) = delete;

  void start();
  // Waits for the pass in progress, if any, then joins.
  void stop();
  void wake();

 private:
  void run();

  std::string name_;
  std::chrono::milliseconds interval_;
  std::function<int()> pass_;
  std::mutex mutex_;
  std::condition_variable wakeup_;
  bool stopping_ = false;
  bool woken_ = false;
  std::thread thread_;
};

}  // namespace medimeet
