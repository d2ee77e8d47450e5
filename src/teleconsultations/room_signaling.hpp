#pragma once

#include <string>

#include "appointments/appointment_service.hpp"
#include "common/time.hpp"
#include "events/live_feed.hpp"
#include "events/socket_messages.hpp"
#include "storage/database.hpp"
#include "teleconsultations/room_window.hpp"
#include "teleconsultations/teleconsultation_repository.hpp"

namespace medimeet::teleconsultations {

// The video room's signaling over the event socket: joining (the patient waits until the doctor
// admits them), leaving, and the WebRTC offer, answer and ICE candidates, relayed only between
// the two parties of that teleconsultation and only while its room is open. Presence is kept in
// the database and every event goes through the live feed, so the two parties may be connected
// to different instances. Each refusal is answered to the socket that asked, with its reason.
class RoomSignaling : public events::SocketMessageHandler {
 public:
  static constexpr std::size_t kMaxSdp = 60'000;  // characters; the socket's frames are at most 64 KiB

  RoomSignaling(storage::Database& database, const Clock& clock, const appointments::AppointmentService& appointments,
                const events::LiveFeed& live, RoomTimes times)
      : database_(database), clock_(clock), appointments_(appointments), live_(live), times_(times) {}

  void handle(const events::SocketMessage& message) override;
  void socket_closed(const access::Caller& caller, const std::string& socket_id) override;

 private:
  storage::Database& database_;
  const Clock& clock_;
  const appointments::AppointmentService& appointments_;
  const events::LiveFeed& live_;
  RoomTimes times_;
  TeleconsultationRepository teleconsultations_;
};

}  // namespace medimeet::teleconsultations
