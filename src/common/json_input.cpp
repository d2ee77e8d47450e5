#include "common/json_input.hpp"

#include <cmath>

#include <boost/json/parse.hpp>

#include "common/text.hpp"

namespace medimeet {

JsonInput JsonInput::parse(std::string_view body) {
  boost::system::error_code error;
  boost::json::value value = boost::json::parse(body, error);
  if (error) {
    throw AppError(ErrorKind::bad_request, "malformed_json", "The request body is not valid JSON.");
  }
  if (!value.is_object()) {
    throw AppError(ErrorKind::bad_request, "malformed_json",
                   "The request body must be a JSON object.");
  }
  return JsonInput(std::move(value.as_object()));
}

JsonInput::JsonInput(boost::json::object object, std::string prefix)
    : object_(std::move(object)), prefix_(std::move(prefix)) {}

const boost::json::value* JsonInput::find(std::string_view field) {
  read_.emplace(field);
  const auto* value = object_.if_contains(field);
  return (value == nullptr || value->is_null()) ? nullptr : value;
}

std::string JsonInput::path(std::string_view field) const {
  return prefix_.empty() ? std::string(field) : prefix_ + "." + std::string(field);
}

bool JsonInput::has(std::string_view field) const {
  const auto* value = object_.if_contains(field);
  return value != nullptr && !value->is_null();
}

std::string JsonInput::required_string(std::string_view field) {
  const auto* value = find(field);
  if (value == nullptr) {
    reject(field, problems::required());
    return {};
  }
  if (!value->is_string()) {
    reject(field, problems::not_a_string());
    return {};
  }
  return std::string(value->as_string());
}

std::optional<std::string> JsonInput::optional_string(std::string_view field) {
  const auto* value = find(field);
  if (value == nullptr) return std::nullopt;
  if (!value->is_string()) {
    reject(field, problems::not_a_string());
    return std::nullopt;
  }
  return std::string(value->as_string());
}

std::optional<bool> JsonInput::optional_bool(std::string_view field) {
  const auto* value = find(field);
  if (value == nullptr) return std::nullopt;
  if (!value->is_bool()) {
    reject(field, problems::not_a_boolean());
    return std::nullopt;
  }
  return value->as_bool();
}

std::optional<double> JsonInput::optional_number(std::string_view field) {
  const auto* value = find(field);
  if (value == nullptr) return std::nullopt;
  if (value->is_int64()) return static_cast<double>(value->as_int64());
  if (value->is_uint64()) return static_cast<double>(value->as_uint64());
  if (value->is_double()) return value->as_double();
  reject(field, problems::not_a_number());
  return std::nullopt;
}

std::optional<long long> JsonInput::optional_integer(std::string_view field, long long min,
                                                    long long max) {
  const auto* value = find(field);
  if (value == nullptr) return std::nullopt;
  long long number = 0;
  bool in_range = true;
  if (value->is_int64()) {
    number = value->as_int64();
  } else if (value->is_uint64()) {
    in_range = false;  // above every long long
  } else if (value->is_double() && std::isfinite(value->as_double()) &&
             std::trunc(value->as_double()) == value->as_double()) {
    // Compared as a double first: converting 1e300 to a long long is undefined.
    const double whole = value->as_double();
    in_range = whole >= static_cast<double>(min) && whole <= static_cast<double>(max);
    if (in_range) number = static_cast<long long>(whole);
  } else {
    reject(field, problems::not_an_integer());
    return std::nullopt;
  }
  if (!in_range || number < min || number > max) {
    reject(field, problems::out_of_range(min, max));
    return std::nullopt;
  }
  return number;
}

std::optional<boost::json::object> JsonInput::optional_object(std::string_view field) {
  const auto* value = find(field);
  if (value == nullptr) return std::nullopt;
  if (!value->is_object()) {
    reject(field, problems::not_an_object());
    return std::nullopt;
  }
  return value->as_object();
}

std::optional<boost::json::array> JsonInput::optional_array(std::string_view field) {
  const auto* value = find(field);
  if (value == nullptr) return std::nullopt;
  if (!value->is_array()) {
    reject(field, problems::not_an_array());
    return std::nullopt;
  }
  return value->as_array();
}

std::optional<std::string> JsonInput::optional_text(std::string_view field, std::size_t max) {
  auto text = optional_string(field);
  if (text && utf8_length(*text) > max) {
    reject(field, problems::too_long(static_cast<long long>(max)));
    return std::nullopt;
  }
  return text;
}

namespace {

// Line breaks and tabs belong in prose; other control characters only hide things.
bool has_control_characters(std::string_view text) {
  for (unsigned char c : text) {
    if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> JsonInput::optional_prose(std::string_view field, std::size_t max) {
  auto text = optional_string(field);
  if (!text) return std::nullopt;
  auto trimmed = trim(*text);
  const auto length = utf8_length(trimmed);
  if (length == 0) {
    reject(field, problems::empty());
  } else if (length > max) {
    reject(field, problems::too_long(static_cast<long long>(max)));
  } else if (has_control_characters(trimmed)) {
    reject(field, problems::control_characters());
  } else {
    return trimmed;
  }
  return std::nullopt;
}

std::string JsonInput::required_prose(std::string_view field, std::size_t max) {
  if (find(field) == nullptr) {
    reject(field, problems::required());
    return {};
  }
  return optional_prose(field, max).value_or("");
}

std::string JsonInput::optional_blank_prose(std::string_view field, std::size_t max) {
  const auto* value = find(field);
  if (value != nullptr && value->is_string() && trim(value->as_string()).empty()) return {};
  return optional_prose(field, max).value_or("");
}

Patch<std::string> JsonInput::patch_text(std::string_view field, std::size_t min, std::size_t max) {
  if (is_null(field)) return std::optional<std::string>();
  auto text = optional_string(field);
  if (!text) return std::nullopt;
  auto trimmed = trim(*text);
  const auto length = utf8_length(trimmed);
  if (length < min || length > max) {
    const auto low = static_cast<long long>(min);
    const auto high = static_cast<long long>(max);
    reject(field, min > 0 ? problems::length_between(low, high) : problems::too_long(high));
    return std::nullopt;
  }
  return std::optional<std::string>(std::move(trimmed));
}

Patch<long long> JsonInput::patch_integer(std::string_view field, long long min, long long max) {
  if (is_null(field)) return std::optional<long long>();
  if (auto number = optional_integer(field, min, max)) return std::optional<long long>(*number);
  return std::nullopt;
}

std::optional<TimePoint> JsonInput::optional_instant(std::string_view field, std::string_view example) {
  auto text = optional_string(field);
  if (!text) return std::nullopt;
  auto instant = parse_iso8601(*text);
  if (!instant) reject(field, problems::not_an_instant(example));
  return instant;
}

std::optional<TimePoint> JsonInput::required_instant(std::string_view field, std::string_view example) {
  if (!has(field)) {
    required_string(field);  // records "is required", or the type found
    return std::nullopt;
  }
  return optional_instant(field, example);
}

std::optional<TimePoint> JsonInput::optional_date(std::string_view field, std::string_view example) {
  auto text = optional_string(field);
  if (!text) return std::nullopt;
  auto instant = parse_date_or_instant(*text);
  if (!instant) reject(field, problems::not_a_date(example));
  return instant;
}

bool JsonInput::is_null(std::string_view field) {
  read_.emplace(field);
  const auto* value = object_.if_contains(field);
  return value != nullptr && value->is_null();
}

void JsonInput::reject(std::string_view field, FieldProblem problem) {
  errors_.emplace(path(field), std::move(problem));
}

void JsonInput::collect_unknown_fields() {
  for (const auto& entry : object_) {
    if (!read_.contains(entry.key())) errors_.emplace(path(entry.key()), problems::unknown_field());
  }
}

void JsonInput::absorb(JsonInput& nested) {
  nested.collect_unknown_fields();
  errors_.merge(nested.errors_);
}

void JsonInput::finish() {
  collect_unknown_fields();
  if (!errors_.empty()) throw AppError::validation(std::move(errors_));
}

}  // namespace medimeet
