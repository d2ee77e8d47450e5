#include "teleconsultations/teleconsultations_collection.hpp"

#include <boost/json/array.hpp>

#include <tuple>
#include <vector>

#include "common/error.hpp"
#include "common/field_problems.hpp"
#include "common/json_output.hpp"
#include "common/object_id.hpp"
#include "common/text.hpp"
#include "files/file_json.hpp"
#include "security/tokens.hpp"
#include "storage/query.hpp"
#include "teleconsultations/teleconsultation_json.hpp"

namespace medimeet::teleconsultations {
namespace {

constexpr std::size_t kMaxVideoLink = 2048;
// The service sets no limit; this only keeps one document's line within reason.
constexpr std::size_t kMaxDocuments = 100;

// A document of an imported teleconsultation: its file, who added it ("" for the appointment's
// doctor) and when, and the field to name when the database refuses it.
struct ImportedDocument {
  std::string field;
  files::StoredFile file;
  std::string added_by;
  TimePoint added_at;
};

// security::random_token's form: 43 characters of unpadded base64url.
bool is_prescription_code(std::string_view code) {
  constexpr std::string_view kBase64Url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  return code.size() == 43 && code.find_first_not_of(kBase64Url) == std::string_view::npos;
}

boost::json::object to_document(const Teleconsultation& teleconsultation,
                                const std::optional<Prescription>& prescription) {
  boost::json::array documents;
  for (const auto& document : teleconsultation.documents) {
    auto json = files::file_description_to_json(document.file_id, document.name, document.media_type, document.size,
                                                document.sha256);
    json["addedBy"] = document.added_by;
    json["addedAt"] = format_iso8601(document.added_at);
    documents.push_back(std::move(json));
  }
  return {{"_id", teleconsultation.id},
          {"appointmentId", teleconsultation.appointment_id},
          {"videoLink", teleconsultation.video_link},
          {"documents", std::move(documents)},
          {"prescription", prescription ? boost::json::value(prescription->text) : nullptr},
          {"prescriptionItems",
           prescription ? prescription_to_json(prescription->content).at("items") : boost::json::array{}},
          {"prescriptionNotes", prescription ? boost::json::value(prescription->content.notes) : nullptr},
          {"prescriptionCode", prescription ? boost::json::value(prescription->code) : nullptr},
          {"prescribedAt", nullable(prescription ? std::optional(prescription->prescribed_at) : std::nullopt)},
          {"admittedAt", nullable(teleconsultation.admitted_at)},
          {"createdAt", format_iso8601(teleconsultation.created_at)},
          {"updatedAt", format_iso8601(teleconsultation.updated_at)}};
}

// The prescription of an imported teleconsultation: as exported (its lines and notes, the text
// they make, its code), or the original MediMeet's text alone, kept whole as the notes and given
// a new code. Written when `prescribedAt` does not say; nullopt for none.
std::optional<Prescription> read_prescription(JsonInput& document, kernel::ImportedIds& ids, TimePoint updated_at) {
  const auto text = document.optional_string("prescription");
  // Lines or notes, even with problems, say the prescription is as exported (an empty list is
  // what the export writes for none).
  const auto listed = document.optional_array("prescriptionItems");
  const bool detailed = document.has("prescriptionNotes") || (listed && !listed->empty());
  auto items = read_prescription_items(document, "prescriptionItems");
  auto notes = document.optional_blank_prose("prescriptionNotes", kMaxPrescriptionNotes);
  const auto code = document.optional_string("prescriptionCode");
  const auto prescribed_at = document.optional_instant("prescribedAt", kernel::kInstantExample);
  if (!text) {
    if (detailed || code || prescribed_at) document.reject("prescription", problems::required());
    return std::nullopt;
  }

  Prescription prescription;
  if (detailed) {
    prescription.content.items = items.value_or(std::vector<PrescriptionItem>{});
    prescription.content.notes = std::move(notes);
    if (prescription.content.items.empty() && prescription.content.notes.empty()) {
      document.reject("prescriptionItems", problems::empty());
    } else if (*text != prescription_text(prescription.content)) {
      document.reject("prescription", FieldProblem("prescription_mismatch",
                                                   "must be the text prescriptionItems and prescriptionNotes make"));
    }
  } else {
    prescription.content.notes = document.optional_blank_prose("prescription", kMaxPrescriptionNotes);
    if (prescription.content.notes.empty()) return std::nullopt;
  }
  prescription.text = prescription_text(prescription.content);
  if (!code) {
    prescription.code = security::random_token();
  } else if (!is_prescription_code(*code)) {
    document.reject("prescriptionCode", FieldProblem("not_a_prescription_code", "must be 43 base64url characters"));
  } else if (!ids.add("teleconsultations.prescriptionCode", *code)) {
    document.reject("prescriptionCode", FieldProblem("duplicate_code", "is the code of an earlier prescription"));
  } else {
    prescription.code = *code;
  }
  prescription.prescribed_at = prescribed_at.value_or(updated_at);
  return prescription;
}

}  // namespace

const ExtendedJsonShape& TeleconsultationsCollection::shape() const {
  static const ExtendedJsonShape shape{{"_id", "appointmentId", "documents._id", "documents.addedBy"},
                                       {"documents.addedAt", "prescribedAt", "admittedAt", "createdAt", "updatedAt"}};
  return shape;
}

void TeleconsultationsCollection::export_documents(soci::session& sql, const kernel::DocumentWriter& write) const {
  storage::for_each_id(sql, "teleconsultations", [&](const std::string& id) {
    if (auto teleconsultation = teleconsultations_.find(sql, id)) {
      write(to_document(*teleconsultation, teleconsultations_.prescription_of(sql, id)));
    }
  });
}

kernel::DocumentInsert TeleconsultationsCollection::import_document(JsonInput& document, kernel::ImportedIds& ids) {
  Teleconsultation teleconsultation;
  teleconsultation.id = kernel::read_document_id(document, name(), ids);
  teleconsultation.appointment_id = kernel::read_reference(document, "appointmentId", "appointments", ids);
  if (!teleconsultation.appointment_id.empty() &&
      !ids.add("teleconsultations.appointmentId", teleconsultation.appointment_id)) {
    document.reject("appointmentId", FieldProblem("duplicate_teleconsultation",
                                                  "is the appointment of an earlier teleconsultation: one each"));
  }
  // The original MediMeet's link may lead elsewhere: kept as it is. None: this server's room.
  const auto link = document.optional_text("videoLink", kMaxVideoLink);
  teleconsultation.video_link = link.value_or(teleconsultations_.video_link(teleconsultation.id));
  if (link && trim(*link).empty()) document.reject("videoLink", problems::empty());
  std::tie(teleconsultation.created_at, teleconsultation.updated_at) =
      kernel::read_timestamps(document, teleconsultation.id);
  teleconsultation.admitted_at = document.optional_instant("admittedAt", kernel::kInstantExample);

  std::vector<ImportedDocument> documents;
  files::read_imported_files(
      document, "documents", kMaxDocuments, teleconsultation.created_at,
      [&](std::size_t index, std::optional<files::StoredFile> file, JsonInput* element) {
        ImportedDocument imported{"documents." + std::to_string(index), {}, "", teleconsultation.created_at};
        if (element) {
          if (auto added_by = element->optional_string("addedBy")) {
            if (is_object_id(*added_by)) {
              ids.require(*element, "addedBy", "users", *added_by);
              imported.added_by = *added_by;
            } else {
              element->reject("addedBy", problems::not_an_id());
            }
          }
          imported.added_at = element->optional_instant("addedAt", kernel::kInstantExample).value_or(imported.added_at);
        }
        if (!file) return;
        imported.file = std::move(*file);
        imported.file.created_at = imported.added_at;
        documents.push_back(std::move(imported));
      });
  const auto prescription = read_prescription(document, ids, teleconsultation.updated_at);

  return [this, teleconsultation, documents, prescription](storage::Transaction& transaction) {
    const auto appointment = appointments_.find(transaction, teleconsultation.appointment_id);
    if (!appointment) {
      throw AppError::field("appointmentId", FieldProblem("unknown_reference", "refers to no appointment"));
    }
    auto stored = teleconsultation;
    for (const auto& imported : documents) {
      const auto& added_by = imported.added_by.empty() ? appointment->doctor_id : imported.added_by;
      if (added_by != appointment->patient_id && added_by != appointment->doctor_id) {
        throw AppError::field(imported.field + ".addedBy",
                              FieldProblem("not_a_party", "is neither the patient nor the doctor of the appointment"));
      }
      if (!files_.import_description(transaction, added_by, imported.file)) {
        throw AppError::field(imported.field, files::conflicting_file_description());
      }
      const auto& file = imported.file;
      stored.documents.push_back({file.id, file.name, file.media_type, file.size, file.sha256, added_by,
                                  imported.added_at});
    }
    teleconsultations_.import_teleconsultation(transaction, stored, prescription);
    if (appointment->mode != appointments::ConsultationMode::video) appointments_.hold_by_video(transaction, appointment->id);
  };
}

}  // namespace medimeet::teleconsultations
