#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "common/error.hpp"
#include "common/field_problems.hpp"
#include "common/time.hpp"

namespace medimeet {

// A field of a PATCH: nullopt leaves it as it is, an inner nullopt (JSON null) clears it.
template <class T>
using Patch = std::optional<std::optional<T>>;

// Reads the fields of one JSON object sent by a client and gathers every problem, so a client
// learns about all its bad fields at once. Fields not read by the end are reported as unknown.
//
//   JsonInput input = JsonInput::parse(body);
//   auto email = input.required_string("email");
//   input.finish();   // throws AppError validation_failed with per-field details
class JsonInput {
 public:
  // Throws AppError bad_request "malformed_json" when the text is not one JSON object.
  static JsonInput parse(std::string_view body);
  explicit JsonInput(boost::json::object object, std::string prefix = {});

  // A string that must be present (missing or of another type records an error; returns "").
  std::string required_string(std::string_view field);
  // nullopt when absent; a value of another type records an error. `null` counts as absent.
  std::optional<std::string> optional_string(std::string_view field);
  std::optional<bool> optional_bool(std::string_view field);
  std::optional<double> optional_number(std::string_view field);
  // A whole number within [min, max]; other numbers and types record an error.
  std::optional<long long> optional_integer(std::string_view field, long long min, long long max);
  std::optional<boost::json::object> optional_object(std::string_view field);
  std::optional<boost::json::array> optional_array(std::string_view field);
  // A string of at most `max` characters (code points), as sent; nullopt when absent or too long.
  std::optional<std::string> optional_text(std::string_view field, std::size_t max);
  // Free text a person wrote (a message, a record entry): trimmed, 1 to `max` characters, line
  // breaks and tabs allowed but no other control character. nullopt when absent or wrong.
  std::optional<std::string> optional_prose(std::string_view field, std::size_t max);
  // The same, recording "is required" when absent ("" then).
  std::string required_prose(std::string_view field, std::size_t max);
  // Optional prose where blank means none: absent, null, "" or only spaces give "" (so a client
  // may send back the "" it was given), anything else is checked as prose.
  std::string optional_blank_prose(std::string_view field, std::size_t max);
  // A PATCH of a nullable text: trimmed, of `min` to `max` characters.
  Patch<std::string> patch_text(std::string_view field, std::size_t min, std::size_t max);
  // A PATCH of a nullable whole number within [min, max].
  Patch<long long> patch_integer(std::string_view field, long long min, long long max);
  // An RFC 3339 instant; a problem names `example`. The required form records "is required"
  // when absent.
  std::optional<TimePoint> optional_instant(std::string_view field, std::string_view example);
  std::optional<TimePoint> required_instant(std::string_view field, std::string_view example);
  // A calendar date ("1990-05-17", taken as midnight UTC) or an instant.
  std::optional<TimePoint> optional_date(std::string_view field, std::string_view example);
  // An array of at most `max` objects (`noun` names them in the problem), each read by
  // `read(JsonInput& element)` returning std::optional<Item> (nullopt: that element had
  // problems, which `element` recorded). nullopt when the field is absent.
  template <class Read>
  auto object_array(std::string_view field, std::size_t max, std::string_view noun, Read read)
      -> std::optional<std::vector<typename std::invoke_result_t<Read, JsonInput&>::value_type>>;
  // True when the field is present with the value null (for PATCH: "clear this field").
  bool is_null(std::string_view field);
  bool has(std::string_view field) const;

  // The path of a field of this object, for errors found elsewhere ("medicalHistory.2.notes").
  std::string path(std::string_view field) const;
  // Takes over the problems (and unknown fields) of a nested object's reader, made with
  // JsonInput(object, path(field)).
  void absorb(JsonInput& nested);

  // Records a problem with a field found by the caller's own rules.
  void reject(std::string_view field, FieldProblem problem);
  bool ok() const { return errors_.empty(); }

  // Throws AppError validation_failed if any problem was recorded or a field was not read.
  void finish();

 private:
  const boost::json::value* find(std::string_view field);
  void collect_unknown_fields();

  boost::json::object object_;
  std::string prefix_;
  std::set<std::string, std::less<>> read_;
  FieldErrors errors_;
};

template <class Read>
auto JsonInput::object_array(std::string_view field, std::size_t max, std::string_view noun, Read read)
    -> std::optional<std::vector<typename std::invoke_result_t<Read, JsonInput&>::value_type>> {
  auto array = optional_array(field);
  if (!array) return std::nullopt;
  std::vector<typename std::invoke_result_t<Read, JsonInput&>::value_type> items;
  if (array->size() > max) {
    reject(field, problems::too_many_items(static_cast<long long>(max), noun));
    return items;
  }
  for (std::size_t i = 0; i < array->size(); ++i) {
    const auto element_field = std::string(field) + "." + std::to_string(i);
    if (!(*array)[i].is_object()) {
      reject(element_field, problems::not_an_object());
      continue;
    }
    JsonInput element((*array)[i].as_object(), path(element_field));
    auto item = read(element);
    absorb(element);
    if (item) items.push_back(std::move(*item));
  }
  return items;
}

}  // namespace medimeet
