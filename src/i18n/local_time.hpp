#pragma once

#include <date/tz.h>

#include <string>

#include "common/time.hpp"
#include "i18n/language.hpp"

namespace medimeet::i18n {

// An instant as a person reads it in `zone`, in words of `language`, with the zone named:
//   en: "Tuesday 1 December 2026 at 09:00 (Europe/Paris)"
//   fr: "mardi 1er décembre 2026 à 09:00 (Europe/Paris)"
std::string describe_local_time(Language language, TimePoint instant, const date::time_zone& zone);
// The day alone: "Tuesday 1 December 2026" / "mardi 1er décembre 2026".
std::string describe_local_date(Language language, TimePoint instant, const date::time_zone& zone);

}  // namespace medimeet::i18n
