#pragma once

#include "http/router.hpp"
#include "realtime/event_hub.hpp"

namespace medimeet::realtime {

// GET /api/v1/events: the event socket (its ticket comes from the accounts module).
void add_routes(http::Router& router, EventHub& hub);

}  // namespace medimeet::realtime
