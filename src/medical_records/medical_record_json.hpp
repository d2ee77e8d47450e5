#pragma once

#include <boost/json/object.hpp>

#include <string>
#include <string_view>

#include "medical_records/medical_record.hpp"

namespace medimeet::medical_records {

boost::json::object record_to_json(const MedicalRecord& record);
// {_id, date, description, author, authorId, attachments: [{_id, name, type, size}], createdAt, updatedAt}
boost::json::object entry_to_json(const Entry& entry);

// {date, description, attachments?}: 400 validation_failed naming each bad field.
EntryDraft parse_entry_draft(std::string_view body);
// The same fields, each optional.
EntryChanges parse_entry_changes(std::string_view body);
// {doctorId}
std::string parse_share(std::string_view body);

}  // namespace medimeet::medical_records
