#pragma once

#include <optional>
#include <string>
#include <vector>

#include "access/role.hpp"
#include "common/time.hpp"

namespace medimeet::messages {

// The seed's Messages document; `read_at` (an addition) says when it was read.
struct Message {
  std::string id;
  std::string sender_id;
  std::string receiver_id;
  std::string content;
  TimePoint timestamp;
  bool read = false;
  std::optional<TimePoint> read_at;
  TimePoint created_at;
  TimePoint updated_at;
};

// Someone one writes to, as a conversation shows them.
struct Party {
  std::string id;
  std::string name;
  access::Role role = access::Role::patient;
  bool doctor_title = false;  // called "Dr" (physicians and dentists)

  std::string titled_name() const { return doctor_title ? "Dr " + name : name; }
};

// One entry of the conversation list: the other party, the latest message, how many of theirs
// are unread.
struct Conversation {
  Party counterpart;
  Message last_message;
  long long unread_count = 0;
};

struct ConversationPage {
  std::vector<Conversation> conversations;
  long long total = 0;
};

// Where a page of a thread starts: older than the message sent at `before` with id `before_id`
// (the id tells apart messages sharing a timestamp); without an id, older than `before`.
struct ThreadCursor {
  std::optional<TimePoint> before;
  std::optional<std::string> before_id;
};

// A page of the messages between the caller and `counterpart`, newest first.
struct Thread {
  Party counterpart;
  std::vector<Message> messages;
  bool has_more = false;
};

// What marking a conversation read changed: `reader_id` read these messages of `sender_id`.
struct ReadReceipt {
  std::string reader_id;
  std::string sender_id;
  TimePoint read_at;
  std::vector<std::string> message_ids;
};

// A conversation whose receiver has had unread messages for too long.
struct DueAlert {
  std::string receiver_id;
  std::string sender_id;
  std::optional<TimePoint> last_sent_at;  // of the previous email about it
};

}  // namespace medimeet::messages
