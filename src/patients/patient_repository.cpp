#include "patients/patient_repository.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <soci/soci.h>

#include "storage/kept_statements.hpp"
#include "storage/optional_binding.hpp"

namespace medimeet::patients {
namespace {

std::string encode_personal_info(const std::map<std::string, std::string>& info) {
  boost::json::object object;
  for (const auto& [key, value] : info) object[key] = value;
  return boost::json::serialize(object);
}

std::map<std::string, std::string> decode_personal_info(const std::string& text) {
  std::map<std::string, std::string> info;
  const auto document = boost::json::parse(text);
  for (const auto& [key, value] : document.as_object()) {
    info.emplace(key, value.as_string());
  }
  return info;
}

std::string encode_history(const std::vector<MedicalHistoryEntry>& history) {
  boost::json::array array;
  for (const auto& entry : history) {
    boost::json::object object{{"id", entry.id}, {"condition", entry.condition}, {"notes", entry.notes}};
    if (entry.diagnosis_date) object["diagnosisDate"] = to_epoch_ms(*entry.diagnosis_date);
    array.push_back(std::move(object));
  }
  return boost::json::serialize(array);
}

std::vector<MedicalHistoryEntry> decode_history(const std::string& text) {
  std::vector<MedicalHistoryEntry> history;
  const auto document = boost::json::parse(text);
  for (const auto& value : document.as_array()) {
    const auto& object = value.as_object();
    MedicalHistoryEntry entry{std::string(object.at("id").as_string()),
                              std::string(object.at("condition").as_string()), std::nullopt,
                              std::string(object.at("notes").as_string())};
    if (const auto* date = object.if_contains("diagnosisDate")) {
      entry.diagnosis_date = from_epoch_ms(date->to_number<long long>());
    }
    history.push_back(std::move(entry));
  }
  return history;
}

}  // namespace

void PatientRepository::insert(soci::session& sql, const std::string& id, TimePoint now) const {
  const long long now_ms = to_epoch_ms(now);
  storage::run(sql, "INSERT INTO patients (id, created_at, updated_at) VALUES (:id, :c, :u)",
               soci::use(id), soci::use(now_ms), soci::use(now_ms));
}

std::optional<Patient> PatientRepository::find(soci::session& sql, const std::string& id) const {
  Patient patient;
  std::string personal_info;
  std::string history;
  std::optional<long long> date_of_birth;
  long long created_at = 0;
  long long updated_at = 0;
  const bool found = storage::run(sql, "SELECT patients.id, users.name, users.email, users.phone, "
                                       "patients.personal_info, "
                                       "patients.date_of_birth, patients.gender, patients.address, "
                                       "patients.medical_history, "
                                       "patients.created_at, patients.updated_at FROM patients JOIN users ON users.id "
                                       "= patients.id "
                                       "WHERE patients.id = :id",
                                  soci::use(id), soci::into(patient.id), soci::into(patient.name),
                                  soci::into(patient.email), soci::into(patient.phone), soci::into(personal_info),
                                  soci::into(date_of_birth), soci::into(patient.gender), soci::into(patient.address),
                                  soci::into(history), soci::into(created_at), soci::into(updated_at));
  if (!found) return std::nullopt;
  patient.personal_info = decode_personal_info(personal_info);
  if (date_of_birth) patient.date_of_birth = from_epoch_ms(*date_of_birth);
  patient.medical_history = decode_history(history);
  patient.created_at = from_epoch_ms(created_at);
  patient.updated_at = from_epoch_ms(updated_at);
  return patient;
}

void PatientRepository::update(soci::session& sql, const Patient& patient) const {
  const std::string personal_info = encode_personal_info(patient.personal_info);
  const std::string history = encode_history(patient.medical_history);
  std::optional<long long> date_of_birth;
  if (patient.date_of_birth) date_of_birth = to_epoch_ms(*patient.date_of_birth);
  const long long updated_at = to_epoch_ms(patient.updated_at);
  storage::run(sql, "UPDATE patients SET personal_info = :info, date_of_birth = :dob, gender = :gender, "
                    "address = :address, medical_history = :history, updated_at = :u WHERE id = :id",
               soci::use(personal_info), soci::use(date_of_birth), soci::use(patient.gender),
               soci::use(patient.address), soci::use(history), soci::use(updated_at), soci::use(patient.id));
}

void PatientRepository::restore(soci::session& sql, const Patient& patient) const {
  update(sql, patient);
  const long long created_at = to_epoch_ms(patient.created_at);
  storage::run(sql, "UPDATE patients SET created_at = :c WHERE id = :id", soci::use(created_at), soci::use(patient.id));
}

}  // namespace medimeet::patients
