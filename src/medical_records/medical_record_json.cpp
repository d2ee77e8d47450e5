#include "medical_records/medical_record_json.hpp"

#include <boost/json/array.hpp>

#include "common/field_problems.hpp"
#include "common/json_input.hpp"
#include "common/json_output.hpp"
#include "common/object_id.hpp"
#include "medical_records/medical_record_service.hpp"

namespace medimeet::medical_records {
namespace {

constexpr std::string_view kDateExample = "2026-11-30";

boost::json::value optional_instant(const std::string& record_id, TimePoint at) {
  if (record_id.empty()) return nullptr;
  return boost::json::value(format_iso8601(at));
}

boost::json::object person_to_json(const Person& person, bool doctor) {
  boost::json::object json{{"_id", person.id}, {"name", person.name}};
  if (doctor) json["specialty"] = person.specialty ? boost::json::value(*person.specialty) : nullptr;
  return json;
}

// The `attachments` field: file ids, at most kMaxAttachments.
std::optional<std::vector<std::string>> read_attachments(JsonInput& input) {
  auto array = input.optional_array("attachments");
  if (!array) return std::nullopt;
  std::vector<std::string> ids;
  if (array->size() > MedicalRecordService::kMaxAttachments) {
    input.reject("attachments",
                 problems::too_many_items(static_cast<long long>(MedicalRecordService::kMaxAttachments), "files"));
    return ids;
  }
  for (std::size_t i = 0; i < array->size(); ++i) {
    const auto field = "attachments." + std::to_string(i);
    const auto& element = (*array)[i];
    if (!element.is_string() || !is_object_id(element.as_string())) {
      input.reject(field, problems::not_an_id());
    } else {
      ids.emplace_back(element.as_string());
    }
  }
  return ids;
}

}  // namespace

boost::json::object entry_to_json(const Entry& entry) {
  boost::json::array attachments;
  for (const auto& file : entry.attachments) {
    attachments.push_back({{"_id", file.id}, {"name", file.name}, {"type", file.media_type}, {"size", file.size}});
  }
  return {{"_id", entry.id},
          {"date", format_iso8601(entry.date)},
          {"description", entry.description},
          {"author", entry.author == Author::patient ? "patient" : "doctor"},
          {"authorId", entry.author_id},
          {"attachments", std::move(attachments)},
          {"createdAt", format_iso8601(entry.created_at)},
          {"updatedAt", format_iso8601(entry.updated_at)}};
}

boost::json::object record_to_json(const MedicalRecord& record) {
  boost::json::array entries;
  for (const auto& entry : record.entries) entries.push_back(entry_to_json(entry));
  boost::json::array shared_with;
  for (const auto& share : record.shared_with) {
    shared_with.push_back(
        {{"doctorId", share.doctor.id}, {"name", share.doctor.name}, {"sharedAt", format_iso8601(share.shared_at)}});
  }
  const auto& head = record.head;
  return {{"_id", head.id.empty() ? boost::json::value(nullptr) : boost::json::value(head.id)},
          {"patientId", head.patient_id},
          {"doctorId", head.doctor_id},
          {"patient", person_to_json(record.patient, false)},
          {"doctor", person_to_json(record.doctor, true)},
          {"records", std::move(entries)},
          {"sharedWith", std::move(shared_with)},
          {"createdAt", optional_instant(head.id, head.created_at)},
          {"updatedAt", optional_instant(head.id, head.updated_at)}};
}

EntryDraft parse_entry_draft(std::string_view body) {
  auto input = JsonInput::parse(body);
  EntryDraft draft;
  if (!input.has("date") || input.is_null("date")) input.reject("date", problems::required());
  if (auto date = input.optional_date("date", kDateExample)) draft.date = *date;
  draft.description = input.required_prose("description", MedicalRecordService::kMaxDescription);
  draft.attachments = read_attachments(input).value_or(std::vector<std::string>{});
  input.finish();
  return draft;
}

EntryChanges parse_entry_changes(std::string_view body) {
  auto input = JsonInput::parse(body);
  EntryChanges changes;
  changes.date = input.optional_date("date", kDateExample);
  changes.description = input.optional_prose("description", MedicalRecordService::kMaxDescription);
  changes.attachments = read_attachments(input);
  input.finish();
  return changes;
}

std::string parse_share(std::string_view body) {
  auto input = JsonInput::parse(body);
  auto doctor_id = input.required_string("doctorId");
  if (input.ok() && !is_object_id(doctor_id)) input.reject("doctorId", problems::not_an_id());
  input.finish();
  return doctor_id;
}

}  // namespace medimeet::medical_records
