#include "teleconsultations/prescription.hpp"

#include <boost/json/array.hpp>

namespace medimeet::teleconsultations {

std::string prescription_text(const PrescriptionDraft& draft) {
  std::string text;
  for (const auto& item : draft.items) {
    std::string line = item.medication;
    for (const auto* part : {&item.dosage, &item.frequency, &item.duration, &item.instructions}) {
      if (!part->empty()) line += " — " + *part;
    }
    text += line + "\n";
  }
  if (!draft.notes.empty()) text += (text.empty() ? "" : "\n") + draft.notes + "\n";
  return text;
}

boost::json::object prescription_to_json(const PrescriptionDraft& draft) {
  boost::json::array items;
  for (const auto& item : draft.items) {
    items.push_back({{"medication", item.medication},
                     {"dosage", item.dosage},
                     {"frequency", item.frequency},
                     {"duration", item.duration},
                     {"instructions", item.instructions}});
  }
  return {{"items", std::move(items)}, {"notes", draft.notes}};
}

PrescriptionDraft prescription_from_json(const boost::json::object& json) {
  PrescriptionDraft draft;
  for (const auto& value : json.at("items").as_array()) {
    const auto& item = value.as_object();
    auto field = [&](const char* name) { return std::string(item.at(name).as_string()); };
    draft.items.push_back(
        {field("medication"), field("dosage"), field("frequency"), field("duration"), field("instructions")});
  }
  draft.notes = std::string(json.at("notes").as_string());
  return draft;
}

}  // namespace medimeet::teleconsultations
