#include "common/extended_json.hpp"

#include <boost/json/value.hpp>

#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <string>

#include "common/object_id.hpp"
#include "common/time.hpp"

namespace medimeet {
namespace {

// 9999-12-31T23:59:59.999Z: the last instant relaxed Extended JSON writes as a string.
constexpr long long kLastRelaxedDate = 253402300799999;

boost::json::value extended_date(std::string_view iso) {
  const auto instant = parse_iso8601(iso);
  if (!instant) return boost::json::string(iso);  // not an instant: left for the reader to refuse
  const long long ms = to_epoch_ms(*instant);
  if (ms < 0 || ms > kLastRelaxedDate) {
    return boost::json::object{{"$date", boost::json::object{{"$numberLong", std::to_string(ms)}}}};
  }
  return boost::json::object{{"$date", format_iso8601(*instant)}};
}

// Applies `convert` to the string values at `path` below `value`, stepping into arrays.
template <class Convert>
void convert_at(boost::json::value& value, std::string_view path, const Convert& convert) {
  if (value.is_array()) {
    for (auto& element : value.get_array()) convert_at(element, path, convert);
    return;
  }
  if (!value.is_object()) return;
  const auto dot = path.find('.');
  const auto head = path.substr(0, dot);
  auto* member = value.get_object().if_contains(head);
  if (member == nullptr) return;
  if (dot != std::string_view::npos) {
    convert_at(*member, path.substr(dot + 1), convert);
  } else if (member->is_array()) {
    for (auto& element : member->get_array()) {
      if (element.is_string()) element = convert(element.get_string());
    }
  } else if (member->is_string()) {
    *member = convert(member->get_string());
  }
}

std::optional<long long> parse_long(std::string_view text) {
  long long number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return number;
}

std::optional<double> parse_double(std::string_view text) {
  if (text == "Infinity") return std::numeric_limits<double>::infinity();
  if (text == "-Infinity") return -std::numeric_limits<double>::infinity();
  if (text == "NaN") return std::numeric_limits<double>::quiet_NaN();
  double number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return number;
}

// {"$date": …} in any of its forms -> the instant's ISO-8601 text.
std::optional<std::string> date_text(const boost::json::value& date) {
  std::optional<long long> ms;
  if (date.is_string()) {
    const auto instant = parse_iso8601(date.get_string());
    if (!instant) return std::nullopt;
    return format_iso8601(*instant);
  }
  if (date.is_int64()) ms = date.get_int64();  // a number past int64 is no date anyway
  if (date.is_object() && date.get_object().size() == 1) {
    const auto* number = date.get_object().if_contains("$numberLong");
    if (number != nullptr && number->is_string()) ms = parse_long(number->get_string());
  }
  if (!ms || *ms < -62135596800000 || *ms > kLastRelaxedDate) return std::nullopt;  // years 1 to 9999
  return format_iso8601(from_epoch_ms(*ms));
}

// What a one-key {"$type": …} wrapper stands for; nullopt (a problem recorded) when it is not
// one this reader knows or is malformed.
std::optional<boost::json::value> unwrap(std::string_view type, const boost::json::value& inner) {
  if (type == "$oid") {
    if (!inner.is_string() || !is_object_id(inner.get_string())) return std::nullopt;
    return boost::json::value(inner.get_string());
  }
  if (type == "$date") {
    auto text = date_text(inner);
    if (!text) return std::nullopt;
    return boost::json::value(*text);
  }
  if (!inner.is_string()) return std::nullopt;
  if (type == "$numberInt" || type == "$numberLong") {
    auto number = parse_long(inner.get_string());
    if (!number) return std::nullopt;
    return boost::json::value(*number);
  }
  if (type == "$numberDouble" || type == "$numberDecimal") {
    auto number = parse_double(inner.get_string());
    if (!number || !std::isfinite(*number)) return std::nullopt;
    return boost::json::value(*number);
  }
  return std::nullopt;
}

void normalize(boost::json::value& value, const std::string& path, FieldErrors& problems) {
  if (value.is_array()) {
    auto& array = value.get_array();
    for (std::size_t i = 0; i < array.size(); ++i) {
      normalize(array[i], path.empty() ? std::to_string(i) : path + "." + std::to_string(i), problems);
    }
    return;
  }
  if (!value.is_object()) return;
  auto& object = value.get_object();
  if (object.size() == 1 && object.begin()->key().starts_with("$")) {
    const std::string type = object.begin()->key();
    auto plain = unwrap(type, object.begin()->value());
    if (plain) {
      value = std::move(*plain);
    } else {
      problems.emplace(path, FieldProblem("extended_json", "is not a valid or supported Extended JSON " + type,
                                          {{"type", type}}));
    }
    return;
  }
  object.erase("__v");
  for (auto& member : object) {
    const std::string key = member.key();
    normalize(member.value(), path.empty() ? key : path + "." + key, problems);
  }
}

}  // namespace

boost::json::object to_extended_json(const boost::json::object& document, const ExtendedJsonShape& shape) {
  boost::json::value converted = document;
  for (const auto path : shape.object_ids) {
    convert_at(converted, path,
               [](const boost::json::string& id) { return boost::json::object{{"$oid", id}}; });
  }
  for (const auto path : shape.dates) {
    convert_at(converted, path, [](const boost::json::string& iso) { return extended_date(iso); });
  }
  return std::move(converted.get_object());
}

boost::json::object from_extended_json(boost::json::object document, FieldErrors& problems) {
  document.erase("__v");
  for (auto& member : document) normalize(member.value(), member.key(), problems);
  return document;
}

}  // namespace medimeet
