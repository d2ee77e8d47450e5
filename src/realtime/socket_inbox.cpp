#include "realtime/socket_inbox.hpp"

#include <spdlog/spdlog.h>

#include <set>

#include "common/logged_failure.hpp"

namespace medimeet::realtime {

SocketInbox::~SocketInbox() { stop(); }

void SocketInbox::route(const std::string& type, events::SocketMessageHandler& handler) { handlers_[type] = &handler; }

void SocketInbox::post(events::SocketMessage message) {
  auto found = handlers_.find(message.type);
  if (found == handlers_.end()) return;
  auto* handler = found->second;
  std::lock_guard lock(mutex_);
  if (queue_.size() >= kMaxQueued) {
    spdlog::warn("socket inbox full: a {} message from user {} was dropped", message.type, message.caller.user_id);
    return;
  }
  queue_.push_back([handler, message = std::move(message)] { handler->handle(message); });
  wakeup_.notify_one();
}

void SocketInbox::post_closed(const access::Caller& caller, const std::string& socket_id) {
  std::set<events::SocketMessageHandler*> handlers;
  for (const auto& [type, handler] : handlers_) handlers.insert(handler);
  std::lock_guard lock(mutex_);
  for (auto* handler : handlers) {
    queue_.push_back([handler, caller, socket_id] { handler->socket_closed(caller, socket_id); });
  }
  wakeup_.notify_one();
}

void SocketInbox::start() {
  std::lock_guard lock(mutex_);
  stopping_ = false;
  thread_ = std::thread([this] { run(); });
}

void SocketInbox::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    wakeup_.notify_one();
  }
  if (thread_.joinable()) thread_.join();
}

void SocketInbox::run() {
  while (true) {
    std::function<void()> next;
    {
      std::unique_lock lock(mutex_);
      wakeup_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, with nothing left
      next = std::move(queue_.front());
      queue_.pop_front();
    }
    run_logging_failure("a socket message", next);
  }
}

}  // namespace medimeet::realtime
