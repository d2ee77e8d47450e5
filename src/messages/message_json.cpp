#include "messages/message_json.hpp"

#include <boost/json/array.hpp>

#include "common/field_problems.hpp"
#include "common/json_input.hpp"
#include "common/json_output.hpp"
#include "common/object_id.hpp"
#include "common/query_parameters.hpp"

namespace medimeet::messages {
boost::json::object message_to_json(const Message& message) {
  return {
      {"_id", message.id},
      {"senderId", message.sender_id},
      {"receiverId", message.receiver_id},
      {"content", message.content},
      {"timestamp", format_iso8601(message.timestamp)},
      {"read", message.read},
      {"readAt", nullable(message.read_at)},
      {"createdAt", format_iso8601(message.created_at)},
      {"updatedAt", format_iso8601(message.updated_at)},
  };
}

boost::json::object party_to_json(const Party& party) {
  return {{"_id", party.id},
          {"name", party.name},
          {"role", access::to_string(party.role)},
          {"title", party.doctor_title ? boost::json::value("Dr") : boost::json::value(nullptr)}};
}

boost::json::object conversation_to_json(const Conversation& conversation) {
  return {{"counterpart", party_to_json(conversation.counterpart)},
          {"lastMessage", message_to_json(conversation.last_message)},
          {"unreadCount", conversation.unread_count}};
}

boost::json::object thread_to_json(const Thread& thread) {
  boost::json::array messages;
  for (const auto& message : thread.messages) messages.push_back(message_to_json(message));
  return {{"counterpart", party_to_json(thread.counterpart)}, {"messages", std::move(messages)}, {"hasMore", thread.has_more}};
}

boost::json::object receipt_to_json(const ReadReceipt& receipt) {
  boost::json::array ids;
  for (const auto& id : receipt.message_ids) ids.emplace_back(id);
  return {{"readerId", receipt.reader_id},
          {"senderId", receipt.sender_id},
          {"readAt", format_iso8601(receipt.read_at)},
          {"messageIds", std::move(ids)}};
}

Draft parse_draft(std::string_view body) {
  auto input = JsonInput::parse(body);
  Draft draft;
  draft.receiver_id = input.required_string("receiverId");
  if (input.ok() && !is_object_id(draft.receiver_id)) input.reject("receiverId", problems::not_an_id());
  draft.content = input.required_prose("content", MessageService::kMaxContent);
  input.finish();
  return draft;
}

ThreadQuery parse_thread_query(const std::map<std::string, std::string>& query) {
  QueryParameters parameters(query);
  ThreadQuery result;
  if (auto before = parameters.text("before")) {
    result.cursor.before = parse_iso8601(*before);
    if (!result.cursor.before) parameters.reject("before", problems::not_an_instant("2026-12-01T09:30:00.000Z"));
  }
  result.cursor.before_id = parameters.text("beforeId");
  if (result.cursor.before_id && !is_object_id(*result.cursor.before_id)) {
    parameters.reject("beforeId", problems::not_an_id());
  }
  // An id alone places nothing: it pages from its message's timestamp.
  if (result.cursor.before_id && !parameters.text("before")) parameters.reject("before", problems::required());
  result.limit = std::min(parameters.positive_integer("limit", 50), MessageService::kMaxPageSize);
  parameters.finish();
  return result;
}

}  // namespace medimeet::messages
