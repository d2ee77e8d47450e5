#include "teleconsultations/teleconsultation_json.hpp"

#include <boost/json/array.hpp>

#include "common/field_problems.hpp"
#include "common/json_input.hpp"
#include "common/object_id.hpp"

namespace medimeet::teleconsultations {

boost::json::object visit_to_json(const Visit& visit) {
  const auto& teleconsultation = visit.teleconsultation;
  boost::json::array documents;
  for (const auto& document : teleconsultation.documents) {
    documents.push_back({{"_id", document.file_id},
                         {"name", document.name},
                         {"type", document.media_type},
                         {"size", document.size},
                         {"addedBy", document.added_by},
                         {"addedAt", format_iso8601(document.added_at)}});
  }
  return {{"_id", teleconsultation.id},
          {"appointmentId", teleconsultation.appointment_id},
          {"videoLink", teleconsultation.video_link},
          {"documents", std::move(documents)},
          {"patientId", visit.appointment.patient_id},
          {"doctorId", visit.appointment.doctor_id},
          {"room",
           {{"state", to_string(visit.state)},
            {"opensAt", format_iso8601(visit.window.opens_at)},
            {"closesAt", format_iso8601(visit.window.closes_at)}}},
          {"createdAt", format_iso8601(teleconsultation.created_at)},
          {"updatedAt", format_iso8601(teleconsultation.updated_at)}};
}

boost::json::object ice_servers_to_json(const IceServers& servers) {
  boost::json::array list;
  for (const auto& server : servers.servers) {
    boost::json::object entry{{"urls", boost::json::array(server.urls.begin(), server.urls.end())}};
    if (server.username) entry["username"] = *server.username;
    if (server.credential) entry["credential"] = *server.credential;
    list.push_back(std::move(entry));
  }
  return {{"iceServers", std::move(list)}, {"expiresAt", format_iso8601(servers.expires_at)}};
}

std::string parse_document(std::string_view body) {
  auto input = JsonInput::parse(body);
  auto file_id = input.required_string("fileId");
  if (input.ok() && !is_object_id(file_id)) input.reject("fileId", problems::not_an_id());
  input.finish();
  return file_id;
}

}  // namespace medimeet::teleconsultations
