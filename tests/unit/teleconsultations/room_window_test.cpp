// A video room opens `early` before its appointment and closes `late` after its end; a canceled
// appointment's room never opens. TURN credentials follow the TURN REST API formula that
// coturn's use-auth-secret checks.
#include "teleconsultations/room_window.hpp"

#include <gtest/gtest.h>

#include "teleconsultations/teleconsultation_service.hpp"

namespace medimeet::teleconsultations {
namespace {

using appointments::Appointment;
using appointments::Status;
using std::chrono::minutes;

TimePoint at(const char* iso) { return *parse_iso8601(iso); }

Appointment at_nine_for_thirty_minutes(Status status = Status::confirmed) {
  Appointment appointment;
  appointment.appointment_date = at("2026-12-01T09:00:00Z");
  appointment.duration_minutes = 30;
  appointment.status = status;
  return appointment;
}

TEST(RoomWindow, OpensBeforeTheStartAndClosesAfterTheEnd) {
  const RoomTimes times{minutes(15), minutes(60)};
  const auto appointment = at_nine_for_thirty_minutes();
  const auto window = room_window(appointment, times);
  EXPECT_EQ(window.opens_at, at("2026-12-01T08:45:00Z"));
  EXPECT_EQ(window.closes_at, at("2026-12-01T10:30:00Z"));
  EXPECT_EQ(room_state(appointment, times, at("2026-12-01T08:44:59Z")), RoomState::scheduled);
  EXPECT_EQ(room_state(appointment, times, at("2026-12-01T08:45:00Z")), RoomState::open);
  EXPECT_EQ(room_state(appointment, times, at("2026-12-01T10:29:59Z")), RoomState::open);
  EXPECT_EQ(room_state(appointment, times, at("2026-12-01T10:30:00Z")), RoomState::closed);
}

TEST(RoomWindow, FollowsTheSettingsAndTheAppointmentsLength) {
  auto appointment = at_nine_for_thirty_minutes();
  appointment.duration_minutes = 45;
  const auto window = room_window(appointment, {minutes(5), minutes(0)});
  EXPECT_EQ(window.opens_at, at("2026-12-01T08:55:00Z"));
  EXPECT_EQ(window.closes_at, at("2026-12-01T09:45:00Z"));
}

TEST(RoomWindow, ACanceledOrMissedAppointmentsRoomNeverOpens) {
  const RoomTimes times;
  for (auto status : {Status::canceled, Status::no_show}) {
    EXPECT_EQ(room_state(at_nine_for_thirty_minutes(status), times, at("2026-12-01T09:10:00Z")), RoomState::canceled);
  }
  EXPECT_EQ(room_state(at_nine_for_thirty_minutes(Status::completed), RoomTimes{}, at("2026-12-01T09:40:00Z")),
            RoomState::open)
      << "marked completed early, the parties may still finish their call";
}

TEST(TurnCredentials, FollowTheTurnRestApiFormula) {
  // username "<unix expiry>:<user id>", credential base64(HMAC-SHA1(secret, username)), as
  // computed independently: python3 -c "import hmac,hashlib,base64; ..."
  const auto [username, credential] =
      turn_credentials("north-wind", "0000000000000000000000a1", at("2025-12-01T10:00:00Z"));
  EXPECT_EQ(username, "1764583200:0000000000000000000000a1");
  EXPECT_EQ(credential, "3sKFQyBw+6YRBLj1weqFZXSPdlc=");
}

}  // namespace
}  // namespace medimeet::teleconsultations
