#pragma once

#include <boost/json/object.hpp>

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

// What the doctor prescribes (PUT .../prescription).
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

// The seed's string: one line per item, then the notes.
std::string prescription_text(const PrescriptionDraft& draft);

// {items: [{medication, dosage, frequency, duration, instructions}], notes}: how the API shows
// it and how it is sealed at rest.
boost::json::object prescription_to_json(const PrescriptionDraft& draft);
// Reads what prescription_to_json wrote (a stored prescription; never a client's input).
PrescriptionDraft prescription_from_json(const boost::json::object& json);

}  // namespace medimeet::teleconsultations
