#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/time.hpp"

namespace medimeet::patients {

// One entry of the medical history: a condition, when it was diagnosed, notes.
struct MedicalHistoryEntry {
  std::string id;
  std::string condition;
  std::optional<TimePoint> diagnosis_date;
  std::string notes;
};

// A document of the Patients collection (its _id is the user's), with the user's name.
struct Patient {
  std::string id;
  std::string name;
  // The account's, so the practice can reach the patient and tell namesakes apart.
  std::string email;
  std::string phone;  // E.164
  // Only the keys of kPersonalInfoFields, each a short string.
  std::map<std::string, std::string> personal_info;
  std::optional<TimePoint> date_of_birth;  // midnight UTC of the birth date
  std::optional<std::string> gender;
  std::optional<std::string> address;
  std::vector<MedicalHistoryEntry> medical_history;
  TimePoint created_at;
  TimePoint updated_at;
};

// The keys personalInfo may hold, with their maximum length.
struct PersonalInfoField {
  std::string_view name;
  std::size_t max_length;
};
inline constexpr PersonalInfoField kPersonalInfoFields[] = {
    {"firstName", 100},        {"lastName", 100},         {"preferredLanguage", 35},
    {"emergencyContactName", 100}, {"emergencyContactPhone", 16}, {"bloodType", 3},
    {"allergies", 1000},       {"insuranceNumber", 50},
};

inline constexpr std::string_view kGenders[] = {"female", "male", "other", "undisclosed"};
inline constexpr std::string_view kBloodTypes[] = {"A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-"};
constexpr std::size_t kMaxHistoryEntries = 100;
constexpr std::size_t kMaxConditionLength = 200;
constexpr std::size_t kMaxNotesLength = 2000;
constexpr std::size_t kMaxAddressLength = 300;

}  // namespace medimeet::patients
