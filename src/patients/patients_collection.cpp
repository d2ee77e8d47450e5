#include "patients/patients_collection.hpp"

#include <set>
#include <tuple>
#include <utility>

#include "accounts/users_collection.hpp"
#include "common/field_problems.hpp"
#include "common/object_id.hpp"
#include "common/search_text.hpp"
#include "common/text.hpp"
#include "patients/patient_json.hpp"
#include "storage/query.hpp"

namespace medimeet::patients {
namespace {

constexpr std::string_view kDateExample = "1990-05-17";

// The gender the original MediMeet's free text means, in English or French, ignoring case and
// accents ("Femme", "masculin", "F"); nullopt for anything else.
std::optional<std::string> gender_named(std::string_view text) {
  static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
      {"female", "female"}, {"femme", "female"}, {"feminin", "female"}, {"f", "female"},
      {"male", "male"},     {"homme", "male"},   {"masculin", "male"},  {"m", "male"},
      {"other", "other"},   {"autre", "other"},  {"undisclosed", "undisclosed"}};
  const auto folded = fold_for_search(trim(text));
  for (const auto& [name, gender] : kNames) {
    if (folded == name) return std::string(gender);
  }
  return std::nullopt;
}

}  // namespace

const ExtendedJsonShape& PatientsCollection::shape() const {
  static const ExtendedJsonShape shape{{"_id", "medicalHistory._id"},
                                       {"dateOfBirth", "medicalHistory.diagnosisDate", "createdAt", "updatedAt"}};
  return shape;
}

void PatientsCollection::export_documents(soci::session& sql, const kernel::DocumentWriter& write) const {
  storage::for_each_id(sql, "patients", [&](const std::string& id) {
    const auto patient = patients_.find(sql, id);
    if (!patient) return;
    boost::json::object document;
    for (const auto& [key, value] : patient_to_json(*patient)) {
      if (key != "name" && key != "email" && key != "phone") document[key] = value;
    }
    write(document);
  });
}

kernel::DocumentInsert PatientsCollection::import_document(JsonInput& document, kernel::ImportedIds& ids) {
  const auto now = clock_.now();
  Patient patient;
  patient.id = kernel::read_document_id(document, name(), ids);
  ids.require(document, "_id", accounts::users_with_role(access::Role::patient), patient.id);

  if (auto info = document.optional_object("personalInfo")) {
    // Written as people write it in the original app ("06 12 34 56 78"), stored in E.164.
    if (auto* phone = info->if_contains("emergencyContactPhone"); phone != nullptr && phone->is_string()) {
      *phone = accounts::international_phone(trim(phone->as_string()));
    }
    patient.personal_info = parse_personal_info(document, std::move(*info));
  }

  patient.date_of_birth = document.optional_date("dateOfBirth", kDateExample);
  if (patient.date_of_birth && *patient.date_of_birth > now) document.reject("dateOfBirth", problems::in_the_future());

  // The original app's unset gender may be "".
  if (auto gender = document.optional_string("gender"); gender && !trim(*gender).empty()) {
    patient.gender = gender_named(*gender);
    if (!patient.gender) document.reject("gender", problems::one_of("female, male, other, undisclosed"));
  }
  patient.address = document.patch_text("address", 0, kMaxAddressLength).value_or(std::nullopt);

  std::set<std::string> entry_ids;
  auto history = document.object_array(
      "medicalHistory", kMaxHistoryEntries, "entries", [&](JsonInput& element) -> std::optional<MedicalHistoryEntry> {
        auto entry = parse_history_entry(element);
        if (entry->id.empty()) {
          entry->id = new_object_id(now);  // an entry written without Mongoose's _id
        } else if (!is_object_id(entry->id)) {
          element.reject("_id", problems::not_an_id());
        } else if (!entry_ids.insert(entry->id).second) {
          element.reject("_id", FieldProblem("duplicate_id", "is the _id of an earlier entry"));
        }
        if (entry->diagnosis_date && *entry->diagnosis_date > now) {
          element.reject("diagnosisDate", problems::in_the_future());
        }
        return entry;
      });
  if (history) patient.medical_history = std::move(*history);

  std::tie(patient.created_at, patient.updated_at) = kernel::read_timestamps(document, patient.id);
  return [this, patient](storage::Transaction& transaction) { patients_.restore(transaction, patient); };
}

}  // namespace medimeet::patients
