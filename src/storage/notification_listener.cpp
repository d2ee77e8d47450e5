#include "storage/notification_listener.hpp"

#include <libpq-fe.h>
#include <poll.h>
#include <spdlog/spdlog.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <stdexcept>

#include "common/logged_failure.hpp"
#include "storage/database.hpp"

namespace medimeet::storage {
namespace {

// With no traffic for this long, a query checks the connection: a peer that vanished without
// closing it (a network cut) is otherwise noticed only by TCP, hours later.
constexpr auto kIdleCheck = std::chrono::seconds(10);

PGconn* as_connection(void* connection) { return static_cast<PGconn*>(connection); }

}  // namespace

NotificationListener::NotificationListener(std::string url, std::string channel, OnNotifications on_notifications,
                                           std::function<void()> on_reconnected,
                                           std::chrono::milliseconds retry_interval)
    : conninfo_(postgres_connection_string(url)),
      channel_(std::move(channel)),
      on_notifications_(std::move(on_notifications)),
      on_reconnected_(std::move(on_reconnected)),
      retry_interval_(retry_interval),
      wake_fd_(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {
  if (wake_fd_ < 0) throw std::runtime_error("cannot create the listener's wake-up descriptor");
}

NotificationListener::~NotificationListener() {
  stop();
  ::close(wake_fd_);
}

void* NotificationListener::connect() const {
  PGconn* connection = PQconnectdb(conninfo_.c_str());
  if (PQstatus(connection) == CONNECTION_OK) {
    // The channel is the application's own constant, never user input.
    PGresult* result = PQexec(connection, ("LISTEN " + channel_).c_str());
    const bool listening = PQresultStatus(result) == PGRES_COMMAND_OK;
    PQclear(result);
    if (listening) return connection;
  }
  spdlog::warn("cannot listen for database notifications: {}", PQerrorMessage(connection));
  PQfinish(connection);
  return nullptr;
}

void NotificationListener::start() {
  if (thread_.joinable()) return;
  void* connection = connect();
  if (connection == nullptr) throw std::runtime_error("cannot listen for database notifications");
  stopping_ = false;
  listening_ = true;
  thread_ = std::thread([this, connection] { run(connection); });
}

void NotificationListener::stop() {
  if (!thread_.joinable()) return;
  stopping_ = true;
  const std::uint64_t one = 1;
  [[maybe_unused]] auto written = ::write(wake_fd_, &one, sizeof one);
  thread_.join();
  std::uint64_t drained = 0;
  [[maybe_unused]] auto read = ::read(wake_fd_, &drained, sizeof drained);
}

// True when `socket` has input; false when the timeout passed or stop() was called.
bool NotificationListener::wait_for_input(int socket, std::chrono::milliseconds timeout) const {
  pollfd descriptors[2] = {{wake_fd_, POLLIN, 0}, {socket, POLLIN, 0}};
  const int count = socket < 0 ? 1 : 2;
  if (poll(descriptors, count, static_cast<int>(timeout.count())) <= 0) return false;
  return !stopping_ && count == 2 && descriptors[1].revents != 0;
}

void NotificationListener::run(void* initial) {
  PGconn* connection = as_connection(initial);
  auto last_heard = std::chrono::steady_clock::now();
  while (!stopping_) {
    if (connection == nullptr) {
      wait_for_input(-1, retry_interval_);
      if (stopping_) break;
      connection = as_connection(connect());
      if (connection == nullptr) continue;
      listening_ = true;
      last_heard = std::chrono::steady_clock::now();
      spdlog::info("listening for database notifications again");
      run_logging_failure("resuming after lost database notifications", on_reconnected_);
      continue;
    }
    const bool input = wait_for_input(PQsocket(connection), std::chrono::seconds(1));
    if (stopping_) break;
    bool healthy = true;
    if (input) {
      healthy = PQconsumeInput(connection) == 1;
      last_heard = std::chrono::steady_clock::now();
    } else if (std::chrono::steady_clock::now() - last_heard >= kIdleCheck) {
      PGresult* result = PQexec(connection, "SELECT 1");
      healthy = PQresultStatus(result) == PGRES_TUPLES_OK;
      PQclear(result);
      last_heard = std::chrono::steady_clock::now();
    }
    if (!healthy || PQstatus(connection) != CONNECTION_OK) {
      spdlog::warn("lost the database notifications connection: {}", PQerrorMessage(connection));
      PQfinish(connection);
      connection = nullptr;
      listening_ = false;
      continue;
    }
    std::vector<std::string> payloads;
    while (PGnotify* notification = PQnotifies(connection)) {
      payloads.emplace_back(notification->extra);
      PQfreemem(notification);
    }
    if (!payloads.empty()) run_logging_failure("handling database notifications", [&] { on_notifications_(payloads); });
  }
  if (connection != nullptr) PQfinish(connection);
  listening_ = false;
}

}  // namespace medimeet::storage
