#include "messages/messages_collection.hpp"

#include "messages/message_json.hpp"
#include "storage/query.hpp"

namespace medimeet::messages {

const ExtendedJsonShape& MessagesCollection::shape() const {
  static const ExtendedJsonShape shape{{"_id", "senderId", "receiverId"},
                                       {"timestamp", "readAt", "createdAt", "updatedAt"}};
  return shape;
}

void MessagesCollection::export_documents(soci::session& sql, const kernel::DocumentWriter& write) const {
  storage::for_each_id(sql, "messages", [&](const std::string& id) {
    if (auto message = messages_.find(sql, id)) write(message_to_json(*message));
  });
}

kernel::DocumentInsert MessagesCollection::import_document(JsonInput& document, kernel::ImportedIds& ids) {
  Message message;
  message.id = kernel::read_document_id(document, name(), ids);
  message.sender_id = kernel::read_reference(document, "senderId", "users", ids);
  message.receiver_id = kernel::read_reference(document, "receiverId", "users", ids);
  // As a sender's message is stored: trimmed, without control characters but line breaks and tabs.
  message.content = document.required_prose("content", MessageService::kMaxContent);
  const auto timestamp = document.optional_instant("timestamp", kernel::kInstantExample);
  message.read = document.optional_bool("read").value_or(false);
  message.read_at = document.optional_instant("readAt", kernel::kInstantExample);
  std::tie(message.created_at, message.updated_at) = kernel::read_timestamps(document, message.id);
  // A message is sent when it is made, unless the document says otherwise.
  message.timestamp = timestamp.value_or(message.created_at);
  return [this, message](storage::Transaction& sql) { messages_.import_message(sql, message); };
}

}  // namespace medimeet::messages
