#include "common/time_zone.hpp"

#include <stdexcept>

namespace medimeet {

const date::time_zone* find_time_zone(std::string_view name) {
  // Debian lists the host's /etc/localtime as a zone; a doctor's zone must not follow the server.
  if (name == "localtime") return nullptr;
  // Loaded outside the try: a missing zoneinfo is a broken deployment, not an unknown name.
  date::get_tzdb();
  try {
    return date::locate_zone(name);
  } catch (const std::runtime_error&) {
    return nullptr;
  }
}

const date::time_zone& time_zone_or_utc(std::string_view name) {
  const auto* zone = find_time_zone(name);
  return zone != nullptr ? *zone : *date::locate_zone("UTC");
}

}  // namespace medimeet
