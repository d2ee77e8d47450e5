#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace medimeet::doctors {

// A specialty of the fixed catalogue (an addition to the seed, whose `specialty` is free text:
// Doctors documents now hold the code). The words are what people type for it, folded for
// search and separated by "|": "cardiologue|cardiologist|cardio".
struct Specialty {
  std::string_view code;     // "cardiology"
  std::string_view name_fr;  // "Cardiologie"
  std::string_view name_en;  // "Cardiology"
  bool doctor_title;         // its practitioners are called "Dr" (physicians, dentists)
  std::string_view words;
};

// Every specialty of the catalogue (clients sort them by name in their language).
std::span<const Specialty> specialty_catalogue();
// The specialty with this code, or null.
const Specialty* find_specialty(std::string_view code);
// Whether the practitioners of the specialty with this code are called "Dr"; false for none or
// for a specialty outside the catalogue.
bool carries_doctor_title(const std::optional<std::string>& code);
// The specialty whose code, name (French or English) or word `typed` is, ignoring case and
// accents: "Cardiologie", "cardiologue" and "cardiology" are cardiology. Null for anything else.
const Specialty* named_specialty(std::string_view typed);
// The specialty someone means by `typed`, in French or English, ignoring case and accents: its
// code, its name, one of its words, or the start (3 letters or more) of only one of those.
const Specialty* match_specialty(std::string_view typed);
}  // namespace medimeet::doctors
