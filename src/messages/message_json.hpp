#pragma once

#include <boost/json/object.hpp>

#include <map>
#include <string>
#include <string_view>

#include "common/paging.hpp"
#include "messages/message.hpp"
#include "messages/message_service.hpp"

namespace medimeet::messages {

// The Messages document as the API returns it (and the live feed pushes it).
boost::json::object message_to_json(const Message& message);
// {_id, name, role, title ("Dr" or null)}
boost::json::object party_to_json(const Party& party);
boost::json::object conversation_to_json(const Conversation& conversation);
// {counterpart, messages (newest first), hasMore}
boost::json::object thread_to_json(const Thread& thread);
// {readerId, senderId, readAt, messageIds}
boost::json::object receipt_to_json(const ReadReceipt& receipt);

// POST /api/v1/messages {receiverId, content}: content trimmed, 1 to 5,000 characters, no control
// characters but line breaks and tabs; 400 naming each bad field.
Draft parse_draft(std::string_view body);

// The query of GET /api/v1/conversations/{userId}/messages: before, beforeId, limit.
struct ThreadQuery {
  ThreadCursor cursor;
  int limit = 50;
};
ThreadQuery parse_thread_query(const std::map<std::string, std::string>& query);

}  // namespace medimeet::messages
