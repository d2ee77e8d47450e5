#pragma once

#include "http/router.hpp"
#include "realtime/event_hub.hpp"
#include "realtime/socket_inbox.hpp"

namespace medimeet::realtime {

// GET /api/v1/events: the event socket (its ticket comes from the accounts module).
void add_routes(http::Router& router, EventHub& hub, SocketInbox& inbox);

}  // namespace medimeet::realtime
