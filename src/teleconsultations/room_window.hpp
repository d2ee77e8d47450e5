#pragma once

#include <chrono>
#include <string_view>

#include "appointments/appointment.hpp"
#include "common/time.hpp"

namespace medimeet::teleconsultations {

// When the two parties of a video appointment may meet in its room: from `early` before the
// start until `late` after the end (MEDIMEET_ROOM_EARLY, MEDIMEET_ROOM_LATE).
struct RoomTimes {
  std::chrono::minutes early{15};
  std::chrono::minutes late{60};
};

struct RoomWindow {
  TimePoint opens_at;
  TimePoint closes_at;
};

// Where a room stands at a moment: not open yet, open, over, or never to open (its appointment
// was canceled or the patient did not come).
enum class RoomState { scheduled, open, closed, canceled };

std::string_view to_string(RoomState state);

RoomWindow room_window(const appointments::Appointment& appointment, const RoomTimes& times);
RoomState room_state(const appointments::Appointment& appointment, const RoomTimes& times, TimePoint now);

}  // namespace medimeet::teleconsultations
