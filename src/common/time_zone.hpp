#pragma once

#include <date/tz.h>

#include <string_view>

namespace medimeet {

// The zone with this IANA name ("Europe/Paris"); nullptr if unknown, never the host's "localtime".
const date::time_zone* find_time_zone(std::string_view name);
// The zone with this name, or UTC when there is none (a stored zone was valid when written).
const date::time_zone& time_zone_or_utc(std::string_view name);

}  // namespace medimeet
