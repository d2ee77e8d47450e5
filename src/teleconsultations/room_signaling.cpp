#include "teleconsultations/room_signaling.hpp"

#include <boost/json/object.hpp>

#include "access/care_relations.hpp"
#include "common/object_id.hpp"

namespace medimeet::teleconsultations {
namespace {

using boost::json::object;

// What a refusal says, with the moment the room opens when it is too early.
object refusal(const std::string& teleconsultation_id, std::string_view reason) {
  return {{"teleconsultationId", teleconsultation_id}, {"reason", reason}};
}

std::string_view role_name(bool is_doctor) { return is_doctor ? "doctor" : "patient"; }

// The part of an rtc.* message that is relayed: its SDP, or its ICE candidate (null at the end
// of candidates); nullopt when the message does not carry it.
std::optional<object> relayed_payload(const events::SocketMessage& message) {
  if (message.type == "rtc.ice") {
    const auto* candidate = message.data.if_contains("candidate");
    if (candidate == nullptr || !(candidate->is_object() || candidate->is_null())) return std::nullopt;
    return object{{"candidate", *candidate}};
  }
  const auto* sdp = message.data.if_contains("sdp");
  if (sdp == nullptr || !sdp->is_string() || sdp->as_string().size() > RoomSignaling::kMaxSdp) return std::nullopt;
  return object{{"sdp", *sdp}};
}

}  // namespace

void RoomSignaling::handle(const events::SocketMessage& message) {
  const auto* id_value = message.data.if_contains("teleconsultationId");
  const std::string id = id_value && id_value->is_string() ? std::string(id_value->as_string()) : "";
  const auto& caller = message.caller;
  auto refuse = [&](std::string_view reason, object extra = {}) {
    auto data = refusal(id, reason);
    for (auto& [key, value] : extra) data[key] = value;
    message.reply("room.refused", data);
  };
  if (!is_object_id(id)) return refuse("not_found");

  database_.write([&](storage::Transaction& sql) {
    const auto teleconsultation = teleconsultations_.find(sql, id);
    const auto appointment = teleconsultation ? appointments_.find(sql, teleconsultation->appointment_id) : std::nullopt;
    if (!appointment || !access::CareRules::is_party(caller, {appointment->patient_id, appointment->doctor_id})) {
      return refuse("not_found");
    }
    const bool is_doctor = caller.user_id == appointment->doctor_id;
    const auto& other = is_doctor ? appointment->patient_id : appointment->doctor_id;
    const auto now = clock_.now();
    switch (room_state(*appointment, times_, now)) {
      case RoomState::scheduled:
        if (message.type == "room.leave") break;  // leaving is always possible
        return refuse("too_early", {{"opensAt", format_iso8601(room_window(*appointment, times_).opens_at)}});
      case RoomState::closed:
        if (message.type == "room.leave") break;
        return refuse("closed");
      case RoomState::canceled:
        if (message.type == "room.leave") break;
        return refuse("canceled");
      case RoomState::open:
        break;
    }
    const bool admitted = teleconsultation->admitted_at.has_value();
    const auto own_socket = teleconsultations_.socket_in_room(sql, id, caller.user_id);
    const bool joined = own_socket == message.socket_id;

    if (message.type == "room.join") {
      teleconsultations_.enter(sql, id, caller.user_id, message.socket_id, now);
      if (own_socket && !joined) {
        // A newer tab of the same user takes the place of the one that was in the room.
        live_.publish(sql, {caller.user_id}, "room.replaced", object{{"teleconsultationId", id}, {"socketId", *own_socket}});
      }
      const bool peer_present = teleconsultations_.socket_in_room(sql, id, other).has_value();
      const object joined_data{{"teleconsultationId", id},
                               {"socketId", message.socket_id},
                               {"role", role_name(is_doctor)},
                               {"admitted", admitted},  // whether the patient has been let in
                               {"peerPresent", peer_present},
                               {"patientWaiting", is_doctor && peer_present && !admitted}};
      sql.after_commit([reply = message.reply, joined_data] { reply("room.joined", joined_data); });
      if (!is_doctor && !admitted) {
        live_.publish(sql, {appointment->doctor_id, caller.user_id}, "room.waiting",
                      object{{"teleconsultationId", id},
                             {"patient", object{{"_id", caller.user_id}, {"name", appointment->patient_name}}}});
      } else {
        live_.publish(sql, {other}, "room.join",
                      object{{"teleconsultationId", id}, {"userId", caller.user_id}, {"role", role_name(is_doctor)}});
      }
      return;
    }
    if (!joined) return refuse("not_joined");
    if (message.type == "room.leave") {
      teleconsultations_.leave(sql, id, caller.user_id, message.socket_id);
      live_.publish(sql, {other}, "room.leave",
                    object{{"teleconsultationId", id}, {"userId", caller.user_id}, {"role", role_name(is_doctor)}});
      return;
    }
    if (message.type == "room.admit") {
      if (!is_doctor) return refuse("not_doctor");
      if (admitted || !teleconsultations_.socket_in_room(sql, id, other)) return refuse("no_patient_waiting");
      teleconsultations_.admit(sql, id, now);
      live_.publish(sql, {appointment->doctor_id, appointment->patient_id}, "room.admit",
                    object{{"teleconsultationId", id}});
      return;
    }
    // rtc.offer, rtc.answer, rtc.ice: between the two parties once the patient is in, to the
    // other's tab in the room (`to`: a replaced or idle tab of theirs ignores it).
    if (!admitted) return refuse("not_admitted");
    const auto peer_socket = teleconsultations_.socket_in_room(sql, id, other);
    if (!peer_socket) return refuse("peer_absent");
    auto payload = relayed_payload(message);
    if (!payload) return refuse("invalid");
    (*payload)["teleconsultationId"] = id;
    (*payload)["from"] = caller.user_id;
    (*payload)["to"] = *peer_socket;
    live_.publish(sql, {other}, message.type, *payload);
  });
}

void RoomSignaling::socket_closed(const access::Caller& caller, const std::string& socket_id) {
  database_.write([&](storage::Transaction& sql) {
    for (const auto& id : teleconsultations_.rooms_of_socket(sql, caller.user_id, socket_id)) {
      const auto teleconsultation = teleconsultations_.find(sql, id);
      const auto appointment = teleconsultation ? appointments_.find(sql, teleconsultation->appointment_id) : std::nullopt;
      if (!appointment) continue;
      teleconsultations_.leave(sql, id, caller.user_id, socket_id);
      const bool is_doctor = caller.user_id == appointment->doctor_id;
      live_.publish(sql, {is_doctor ? appointment->patient_id : appointment->doctor_id}, "room.leave",
                    object{{"teleconsultationId", id}, {"userId", caller.user_id}, {"role", role_name(is_doctor)}});
    }
  });
}

}  // namespace medimeet::teleconsultations
