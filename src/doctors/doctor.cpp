#include "doctors/doctor.hpp"

#include "common/field_problems.hpp"
#include "doctors/specialties.hpp"

#include <algorithm>

namespace medimeet::doctors {

bool doctor_title(const Doctor& doctor) { return carries_doctor_title(doctor.specialty); }

std::string titled_name(const Doctor& doctor) { return doctor_title(doctor) ? "Dr " + doctor.name : doctor.name; }

bool is_complete(const Doctor& doctor) {
  return doctor.specialty && doctor.experience && doctor.location && doctor.price &&
         !doctor.availability.empty();
}

bool is_language_code(std::string_view code) {
  return code.size() == 2 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::optional<FieldProblem> availability_problem(const std::vector<AvailabilityWindow>& windows) {
  auto sorted = windows;
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return std::tie(a.day, a.start) < std::tie(b.day, b.start);
  });
  for (std::size_t i = 1; i < sorted.size(); ++i) {
    if (sorted[i].day == sorted[i - 1].day && sorted[i].start < sorted[i - 1].end) {
      return problems::overlapping_windows(std::string(to_string(sorted[i].day)));
    }
  }
  return std::nullopt;
}

}  // namespace medimeet::doctors
