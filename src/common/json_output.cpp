#include "common/json_output.hpp"

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

}  // namespace medimeet
