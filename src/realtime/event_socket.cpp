#include "realtime/event_socket.hpp"

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>

#include "security/tokens.hpp"

namespace medimeet::realtime {
namespace {

void send_event(const std::weak_ptr<http::Socket>& socket, std::string_view type, const boost::json::value& data) {
  if (auto open = socket.lock()) open->send(event_frame(type, data));
}

}  // namespace

EventSocket::EventSocket(EventHub& hub, SocketInbox& inbox, const access::Caller& caller)
    : hub_(hub), inbox_(inbox), caller_(caller), socket_id_(security::random_token()) {}

void EventSocket::opened(std::shared_ptr<http::Socket> socket) {
  socket_ = socket;
  socket_address_ = socket.get();
  hub_.attach(caller_.user_id, caller_.session_id, std::move(socket));
}

void EventSocket::received(std::string_view text) {
  auto refuse = [&](std::string_view code, std::string_view message) {
    send_event(socket_, "error", boost::json::object{{"code", code}, {"message", message}});
  };
  boost::system::error_code failure;
  auto parsed = boost::json::parse(text, failure);
  const auto* frame = failure ? nullptr : parsed.if_object();
  const auto* type = frame ? frame->if_contains("type") : nullptr;
  const auto* data = frame ? frame->if_contains("data") : nullptr;
  if (type == nullptr || !type->is_string() || (data != nullptr && !data->is_object())) {
    return refuse("malformed_message", "A message is {\"type\": \"…\", \"data\": {…}}.");
  }
  const std::string type_name(type->as_string());
  if (!inbox_.takes(type_name)) return refuse("unknown_message_type", "Nothing here takes " + type_name + " messages.");
  inbox_.post({caller_, socket_id_, type_name, data ? data->as_object() : boost::json::object{},
               [socket = socket_](std::string_view reply_type, const boost::json::value& reply_data) {
                 send_event(socket, reply_type, reply_data);
               }});
}

void EventSocket::closed() {
  hub_.detach(caller_.user_id, socket_address_);
  inbox_.post_closed(caller_, socket_id_);
}

}  // namespace medimeet::realtime
