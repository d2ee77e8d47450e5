// ISO instants, dates and durations. What parses must format back to an instant that parses to
// the same value.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "common/time.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace medimeet;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const auto& parsed : {parse_iso8601(text), parse_date_or_instant(text)}) {
    if (!parsed) continue;
    const auto formatted = format_iso8601(*parsed);
    if (parse_iso8601(formatted) != parsed) std::abort();
  }
  parse_duration(text);
  return 0;
}
