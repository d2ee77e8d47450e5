#include "realtime/event_hub.hpp"

#include <boost/json/object.hpp>

#include "common/json_output.hpp"

namespace medimeet::realtime {

void EventHub::attach(const std::string& user_id, const std::string& session_id,
                      std::shared_ptr<http::Socket> socket) {
  std::shared_ptr<http::Socket> oldest;
  {
    std::lock_guard lock(mutex_);
    auto& sockets = by_user_[user_id];
    sockets.push_back({session_id, std::move(socket)});
    if (sockets.size() > kMaxSocketsPerUser) {
      oldest = std::move(sockets.front().socket);
      sockets.pop_front();
    }
  }
  if (oldest) oldest->close(http::close_code::policy_violation, "too many open sockets");
}

void EventHub::detach(const std::string& user_id, const http::Socket* socket) {
  std::lock_guard lock(mutex_);
  auto found = by_user_.find(user_id);
  if (found == by_user_.end()) return;
  std::erase_if(found->second, [&](const OpenSocket& open) { return open.socket.get() == socket; });
  if (found->second.empty()) by_user_.erase(found);
}

void EventHub::deliver(const std::vector<std::string>& user_ids, const std::string& frame) {
  std::vector<std::shared_ptr<http::Socket>> targets;
  {
    std::lock_guard lock(mutex_);
    for (const auto& user_id : user_ids) {
      auto found = by_user_.find(user_id);
      if (found == by_user_.end()) continue;
      for (const auto& open : found->second) targets.push_back(open.socket);
    }
  }
  for (const auto& socket : targets) socket->send(frame);
}

void EventHub::end_sessions(const events::EndedSessions& ended) {
  std::vector<std::shared_ptr<http::Socket>> targets;
  {
    std::lock_guard lock(mutex_);
    auto found = by_user_.find(ended.user_id);
    if (found == by_user_.end()) return;
    for (const auto& open : found->second) {
      if (ended.only && open.session_id != *ended.only) continue;
      if (ended.except && open.session_id == *ended.except) continue;
      targets.push_back(open.socket);
    }
  }
  // Detached by the sockets themselves once closed.
  for (const auto& socket : targets) socket->close(close_code::session_ended, "the session ended");
}

void EventHub::close_all(std::uint16_t code, const std::string& reason) {
  std::vector<std::shared_ptr<http::Socket>> targets;
  {
    std::lock_guard lock(mutex_);
    for (const auto& [user_id, sockets] : by_user_) {
      for (const auto& open : sockets) targets.push_back(open.socket);
    }
  }
  for (const auto& socket : targets) socket->close(code, reason);
}

std::size_t EventHub::open_sockets() const {
  std::lock_guard lock(mutex_);
  std::size_t count = 0;
  for (const auto& [user_id, sockets] : by_user_) count += sockets.size();
  return count;
}

std::string event_frame(std::string_view type, const boost::json::value& data) {
  return to_json_text(boost::json::object{{"type", type}, {"data", data}});
}

}  // namespace medimeet::realtime
