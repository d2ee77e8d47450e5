// Request bodies through JsonInput and every module's body parsers: the first byte picks the
// parser, the rest is the body. A parser may refuse (AppError); anything else is a bug.
#include <cstdint>
#include <string_view>

#include "accounts/account_json.hpp"
#include "booking/booking_json.hpp"
#include "common/error.hpp"
#include "common/json_input.hpp"
#include "doctors/doctor_json.hpp"
#include "patients/patient_json.hpp"

namespace {

using namespace medimeet;

// Every kind of read JsonInput offers, nested objects included.
void read_generic(std::string_view body) {
  auto input = JsonInput::parse(body);
  input.optional_string("text");
  input.optional_bool("flag");
  input.optional_number("number");
  input.optional_integer("count", -5, 5);
  input.optional_array("list");
  input.is_null("cleared");
  if (auto nested = input.optional_object("nested")) {
    JsonInput inner(*nested, input.path("nested"));
    inner.required_string("name");
    input.absorb(inner);
  }
  input.required_string("name");
  input.finish();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view body(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    switch (data[0] % 10) {
      case 0: read_generic(body); break;
      case 1: accounts::parse_registration(body); break;
      case 2: accounts::parse_user_changes(body); break;
      case 3: patients::parse_patient_changes(body); break;
      case 4: doctors::parse_doctor_changes(body); break;
      case 5: doctors::parse_time_off(body); break;
      case 6: booking::parse_booking(body); break;
      case 7: booking::parse_reschedule(body); break;
      case 8: booking::parse_cancellation(body); break;
      default: JsonInput::parse(body); break;
    }
  } catch (const AppError&) {
  }
  return 0;
}
