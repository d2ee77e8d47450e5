// A request target's query string, read by QueryParameters and by every module's query
// parsers (doctor search, the appointments list, day parameters).
#include <cstdint>
#include <string_view>

#include "booking/booking_json.hpp"
#include "common/error.hpp"
#include "common/query_parameters.hpp"
#include "doctors/doctor_json.hpp"
#include "http/request.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace medimeet;
  http::Request request;
  if (!request.set_target(std::string_view(reinterpret_cast<const char*>(data), size))) return 0;
  const auto attempt = [](auto&& parse) {
    try {
      parse();
    } catch (const AppError&) {
    }
  };
  attempt([&] {
    QueryParameters parameters(request.query);
    parameters.text("q");
    parameters.flag("all");
    parameters.positive_integer("page", 1);
    parameters.finish();
  });
  attempt([&] { doctors::parse_doctor_search(request.query); });
  attempt([&] { doctors::parse_day_parameter(request.query, "from"); });
  attempt([&] { booking::parse_appointment_query(request.query); });
  return 0;
}
