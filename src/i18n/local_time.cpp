#include "i18n/local_time.hpp"

#include <array>
#include <cstdio>
#include <string_view>

namespace medimeet::i18n {
namespace {

constexpr std::array<std::string_view, 7> kWeekdaysEn{"Sunday", "Monday", "Tuesday", "Wednesday",
                                                      "Thursday", "Friday", "Saturday"};
constexpr std::array<std::string_view, 7> kWeekdaysFr{"dimanche", "lundi", "mardi", "mercredi",
                                                      "jeudi", "vendredi", "samedi"};
constexpr std::array<std::string_view, 12> kMonthsEn{"January", "February", "March", "April", "May", "June",
                                                     "July", "August", "September", "October", "November",
                                                     "December"};
constexpr std::array<std::string_view, 12> kMonthsFr{"janvier", "février", "mars", "avril", "mai", "juin",
                                                     "juillet", "août", "septembre", "octobre", "novembre",
                                                     "décembre"};

date::local_time<std::chrono::minutes> local_minutes(TimePoint instant, const date::time_zone& zone) {
  return date::floor<std::chrono::minutes>(zone.to_local(instant));
}

std::string day_in_words(Language language, date::local_days day) {
  const date::year_month_day ymd{day};
  const auto weekday = date::weekday{day}.c_encoding();
  const auto month = static_cast<unsigned>(ymd.month()) - 1;
  const auto day_number = static_cast<unsigned>(ymd.day());
  const auto year = std::to_string(static_cast<int>(ymd.year()));
  if (language == Language::fr) {
    // French writes the first of the month as an ordinal: "1er décembre".
    const auto number = day_number == 1 ? std::string("1er") : std::to_string(day_number);
    return std::string(kWeekdaysFr[weekday]) + " " + number + " " + std::string(kMonthsFr[month]) + " " + year;
  }
  return std::string(kWeekdaysEn[weekday]) + " " + std::to_string(day_number) + " " +
         std::string(kMonthsEn[month]) + " " + year;
}

}  // namespace

std::string describe_local_date(Language language, TimePoint instant, const date::time_zone& zone) {
  return day_in_words(language, date::floor<date::days>(local_minutes(instant, zone)));
}

std::string describe_local_time(Language language, TimePoint instant, const date::time_zone& zone) {
  const auto local = local_minutes(instant, zone);
  const auto day = date::floor<date::days>(local);
  const date::hh_mm_ss clock{local - day};
  char time[8];
  std::snprintf(time, sizeof time, "%02d:%02d", static_cast<int>(clock.hours().count()),
                static_cast<int>(clock.minutes().count()));
  const std::string_view at = language == Language::fr ? " à " : " at ";
  return day_in_words(language, day) + std::string(at) + time + " (" + zone.name() + ")";
}

}  // namespace medimeet::i18n
