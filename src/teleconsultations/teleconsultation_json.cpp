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
          {"prescription", visit.prescription ? boost::json::value(visit.prescription->text) : nullptr},
          {"prescriptionItems", visit.prescription ? prescription_to_json(visit.prescription->content).at("items")
                                                   : boost::json::array{}},
          {"prescriptionNotes", visit.prescription ? boost::json::value(visit.prescription->content.notes) : nullptr},
          {"prescribedAt",
           visit.prescription ? boost::json::value(format_iso8601(visit.prescription->prescribed_at)) : nullptr},
          {"createdAt", format_iso8601(teleconsultation.created_at)},
          {"updatedAt", format_iso8601(teleconsultation.updated_at)}};
}

boost::json::object verified_to_json(const VerifiedPrescription& verified) {
  const auto& doctor = verified.prescriber;
  return {{"valid", true},
          {"prescribedAt", format_iso8601(verified.prescribed_at)},
          {"prescriber",
           {{"name", doctors::titled_name(doctor)},
            {"specialty", doctor.specialty ? boost::json::value(*doctor.specialty) : nullptr},
            {"rppsNumber", doctor.rpps_number ? boost::json::value(*doctor.rpps_number) : nullptr}}},
          {"patientInitials", verified.patient_initials},
          {"items", prescription_to_json(verified.content).at("items")},
          {"notes", verified.content.notes}};
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

std::optional<std::vector<PrescriptionItem>> read_prescription_items(JsonInput& input, std::string_view field) {
  const auto read_line = [](JsonInput& item) -> std::optional<PrescriptionItem> {
    PrescriptionItem line;
    line.medication = item.required_prose("medication", 200);
    line.dosage = item.optional_blank_prose("dosage", 200);
    line.frequency = item.optional_blank_prose("frequency", 200);
    line.duration = item.optional_blank_prose("duration", 200);
    line.instructions = item.optional_blank_prose("instructions", 1000);
    if (!item.ok()) return std::nullopt;
    return line;
  };
  return input.object_array(field, kMaxPrescriptionItems, "lines", read_line);
}

PrescriptionDraft parse_prescription(std::string_view body) {
  auto input = JsonInput::parse(body);
  PrescriptionDraft draft;
  auto items = read_prescription_items(input, "items");
  if (!items) {
    input.reject("items", problems::required());
  } else if (items->empty() && input.ok()) {
    input.reject("items", problems::empty());
  } else {
    draft.items = std::move(*items);
  }
  draft.notes = input.optional_blank_prose("notes", kMaxPrescriptionNotes);
  input.finish();
  return draft;
}

}  // namespace medimeet::teleconsultations
