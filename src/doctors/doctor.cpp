#include "doctors/doctor.hpp"

#include "common/enum_names.hpp"
#include "common/field_problems.hpp"
#include "common/time_zone.hpp"
#include "doctors/specialties.hpp"

#include <algorithm>

namespace medimeet::doctors {

namespace {

constexpr EnumNames<Prepayment, 3> kPrepaymentNames{{{
    {Prepayment::none, "none"}, {Prepayment::video, "video"}, {Prepayment::all, "all"}}}};

}  // namespace

const date::time_zone* zone_of(const Doctor& doctor) { return &time_zone_or_utc(doctor.timezone); }

std::string_view to_string(Prepayment prepayment) { return kPrepaymentNames.name(prepayment); }

std::optional<Prepayment> prepayment_from_string(std::string_view text) { return kPrepaymentNames.parse(text); }

bool requires_prepayment(const Doctor& doctor, appointments::ConsultationMode mode) {
  return doctor.prepayment == Prepayment::all ||
         (doctor.prepayment == Prepayment::video && mode == appointments::ConsultationMode::video);
}

bool offers(const Doctor& doctor, appointments::ConsultationMode mode) {
  return std::find(doctor.consultation_modes.begin(), doctor.consultation_modes.end(), mode) !=
         doctor.consultation_modes.end();
}

appointments::ConsultationMode default_mode(const Doctor& doctor) {
  return offers(doctor, appointments::ConsultationMode::in_person) ? appointments::ConsultationMode::in_person
                                                                   : doctor.consultation_modes.front();
}

bool is_rpps_number(std::string_view text) {
  if (text.size() != 11 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  // Luhn: from the right, every second digit doubled (less 9 past 9); the sum ends in 0.
  int sum = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    int digit = text[text.size() - 1 - i] - '0';
    if (i % 2 == 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 == 0;
}

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
