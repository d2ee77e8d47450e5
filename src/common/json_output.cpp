#include "common/json_output.hpp"

#include <boost/json/serialize.hpp>

#include <charconv>
#include <cmath>

namespace medimeet {

boost::json::value nullable(const std::optional<std::string>& text) {
  return text ? boost::json::value(*text) : boost::json::value(nullptr);
}

boost::json::value nullable(const std::optional<int>& number) {
  return number ? boost::json::value(*number) : boost::json::value(nullptr);
}

boost::json::value nullable(const std::optional<TimePoint>& instant) {
  return instant ? boost::json::value(format_iso8601(*instant)) : boost::json::value(nullptr);
}

boost::json::value nullable(const std::optional<PostalAddress>& address) {
  if (!address) return nullptr;
  return boost::json::object{{"street", address->street},
                             {"postcode", address->postcode},
                             {"city", address->city},
                             {"country", address->country},
                             {"line", one_line(*address)}};
}

namespace {

void append_json(std::string& out, const boost::json::value& value) {
  switch (value.kind()) {
    case boost::json::kind::object: {
      out += '{';
      bool first = true;
      for (const auto& [key, member] : value.get_object()) {
        if (!first) out += ',';
        first = false;
        out += boost::json::serialize(boost::json::string_view(key));
        out += ':';
        append_json(out, member);
      }
      out += '}';
      return;
    }
    case boost::json::kind::array: {
      out += '[';
      bool first = true;
      for (const auto& element : value.get_array()) {
        if (!first) out += ',';
        first = false;
        append_json(out, element);
      }
      out += ']';
      return;
    }
    case boost::json::kind::double_: {
      const double number = value.get_double();
      if (!std::isfinite(number)) {
        out += "null";
        return;
      }
      char buffer[32];
      // The shortest text that reads back as the same double ("4.5", "1e+21").
      const auto written = std::to_chars(buffer, buffer + sizeof buffer, number);
      out.append(buffer, written.ptr);
      return;
    }
    default:
      out += boost::json::serialize(value);  // strings, integers, booleans, null
  }
}

}  // namespace

std::string to_json_text(const boost::json::value& document) {
  std::string out;
  append_json(out, document);
  return out;
}

}  // namespace medimeet
