#pragma once

#include <boost/json/object.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "common/time.hpp"

namespace medimeet::teleconsultations {

// One line of a prescription.
struct PrescriptionItem {
  std::string medication;
  std::string dosage;
  std::string frequency;
  std::string duration;
  std::string instructions;
};

// A prescription has at most this many lines, and notes of at most this many characters.
constexpr std::size_t kMaxPrescriptionItems = 30;
constexpr std::size_t kMaxPrescriptionNotes = 2000;

// What the doctor prescribes (PUT .../prescription). Only a prescription of the original MediMeet,
// imported, has no lines: its text is kept whole as the notes.
struct PrescriptionDraft {
  std::vector<PrescriptionItem> items;
  std::string notes;
};

// A prescription as written: its lines, its text (the seed's `prescription` string), when, and
// the code a pharmacist checks it by.
struct Prescription {
  PrescriptionDraft content;
  std::string text;
  std::string code;
  TimePoint prescribed_at;
};

// The seed's string: one line per item, then the notes (after a blank line when there are lines).
std::string prescription_text(const PrescriptionDraft& draft);

// {items: [{medication, dosage, frequency, duration, instructions}], notes}: how the API shows
// it and how it is sealed at rest.
boost::json::object prescription_to_json(const PrescriptionDraft& draft);
// Reads what prescription_to_json wrote (a stored prescription; never a client's input).
PrescriptionDraft prescription_from_json(const boost::json::object& json);

}  // namespace medimeet::teleconsultations
