#pragma once

#include "http/router.hpp"
#include "messages/message_service.hpp"

namespace medimeet::messages {

void add_routes(http::Router& router, MessageService& messages);

}  // namespace medimeet::messages
