#include "teleconsultations/room_window.hpp"

namespace medimeet::teleconsultations {

std::string_view to_string(RoomState state) {
  switch (state) {
    case RoomState::scheduled: return "scheduled";
    case RoomState::open: return "open";
    case RoomState::closed: return "closed";
    case RoomState::canceled: return "canceled";
  }
  return "closed";
}

RoomWindow room_window(const appointments::Appointment& appointment, const RoomTimes& times) {
  return {appointment.appointment_date - times.early, appointment.end() + times.late};
}

RoomState room_state(const appointments::Appointment& appointment, const RoomTimes& times, TimePoint now) {
  using appointments::Status;
  if (appointment.status == Status::canceled || appointment.status == Status::no_show) return RoomState::canceled;
  const auto window = room_window(appointment, times);
  if (now < window.opens_at) return RoomState::scheduled;
  if (now >= window.closes_at) return RoomState::closed;
  return RoomState::open;
}

}  // namespace medimeet::teleconsultations
