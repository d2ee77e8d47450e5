#pragma once

#include <functional>
#include <map>
#include <typeindex>
#include <vector>

#include "storage/transaction.hpp"

namespace medimeet::events {

// How modules tell each other what happened without knowing each other: the module that owns a
// fact publishes it as a plain struct (accounts' UserRegistered, booking's AppointmentBooked…)
// inside the transaction that made it true, and every subscriber reacts in that same
// transaction, so its writes commit or roll back with the fact. What must wait until the data
// is safe (a push to a browser) registers itself with `after_commit`.
//
// Subscriptions are made while the application is wired, before it serves; publishing is then
// read-only and safe from any thread.
class EventBus {
 public:
  template <class Event>
  using Handler = std::function<void(storage::Transaction&, const Event&)>;

  // `handler` runs inside the publisher's transaction; a throw rolls that transaction back.
  template <class Event>
  void subscribe(Handler<Event> handler) {
    handlers_[typeid(Event)].push_back(
        [handler = std::move(handler)](storage::Transaction& transaction, const void* event) {
          handler(transaction, *static_cast<const Event*>(event));
        });
  }

  // `handler` runs on a copy of the event once the publisher's transaction committed; never
  // after a rollback.
  template <class Event>
  void after_commit(std::function<void(const Event&)> handler) {
    subscribe<Event>([handler = std::move(handler)](storage::Transaction& transaction, const Event& event) {
      transaction.after_commit([handler, event] { handler(event); });
    });
  }

  // Runs the event's subscribers, in the order they subscribed.
  template <class Event>
  void publish(storage::Transaction& transaction, const Event& event) const {
    auto found = handlers_.find(typeid(Event));
    if (found == handlers_.end()) return;
    for (const auto& handler : found->second) handler(transaction, &event);
  }

 private:
  std::map<std::type_index, std::vector<std::function<void(storage::Transaction&, const void*)>>> handlers_;
};

}  // namespace medimeet::events
