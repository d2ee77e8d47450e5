#pragma once

#include "messages/message.hpp"

namespace medimeet::messages {

// Published in the transaction that wrote the message.
struct MessageSent {
  Message message;
};

// Published in the transaction that marked the messages read.
struct MessagesRead {
  ReadReceipt receipt;
};

}  // namespace medimeet::messages
