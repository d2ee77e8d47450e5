#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <string>
#include <thread>
#include <vector>

namespace medimeet::storage {

// Receives PostgreSQL's NOTIFY on one channel over a dedicated libpq connection (a pooled one
// would miss what arrives between its uses), on its own thread. A lost connection (a database
// restart) is retried every `retry_interval`; notifications sent while it was down are lost, so
// `on_reconnected` runs once it listens again.
class NotificationListener {
 public:
  using OnNotifications = std::function<void(const std::vector<std::string>& payloads)>;

  NotificationListener(std::string url, std::string channel, OnNotifications on_notifications,
                       std::function<void()> on_reconnected,
                       std::chrono::milliseconds retry_interval = std::chrono::seconds(1));
  ~NotificationListener();
  NotificationListener(const NotificationListener&) = delete;
  NotificationListener& operator=(const NotificationListener&) = delete;

  // Connects and listens before returning, so that nothing committed afterwards is missed;
  // throws std::runtime_error when the database cannot be reached.
  void start();
  void stop();
  // Listening now (false while reconnecting).
  bool listening() const { return listening_; }

 private:
  void run(void* connection);
  void* connect() const;
  bool wait_for_input(int socket, std::chrono::milliseconds timeout) const;

  std::string conninfo_;
  std::string channel_;
  OnNotifications on_notifications_;
  std::function<void()> on_reconnected_;
  std::chrono::milliseconds retry_interval_;
  int wake_fd_ = -1;
  std::atomic<bool> stopping_{false};
  std::atomic<bool> listening_{false};
  std::thread thread_;
};

}  // namespace medimeet::storage
