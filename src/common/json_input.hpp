#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "common/error.hpp"

namespace medimeet {

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
  // True when the field is present with the value null (for PATCH: "clear this field").
  bool is_null(std::string_view field);
  bool has(std::string_view field) const;

  // The path of a field of this object, for errors found elsewhere ("medicalHistory.2.notes").
  std::string path(std::string_view field) const;
  // Takes over the problems (and unknown fields) of a nested object's reader, made with
  // JsonInput(object, path(field)).
  void absorb(JsonInput& nested);

  // Records a problem with a field found by the caller's own rules.
  void reject(std::string_view field, std::string problem);
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

}  // namespace medimeet
