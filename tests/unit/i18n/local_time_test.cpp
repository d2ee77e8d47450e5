#include "i18n/local_time.hpp"

#include <gtest/gtest.h>

#include "common/time_zone.hpp"

namespace medimeet::i18n {
namespace {

TimePoint at(const char* iso) { return *parse_iso8601(iso); }

TEST(LocalTimeTest, WritesTheDoctorsWallClockInEachLanguage) {
  const auto& paris = *find_time_zone("Europe/Paris");
  EXPECT_EQ(describe_local_time(Language::en, at("2026-12-01T08:00:00Z"), paris),
            "Tuesday 1 December 2026 at 09:00 (Europe/Paris)");
  EXPECT_EQ(describe_local_time(Language::fr, at("2026-12-01T08:00:00Z"), paris),
            "mardi 1er décembre 2026 à 09:00 (Europe/Paris)");
  EXPECT_EQ(describe_local_time(Language::fr, at("2026-08-15T12:05:00Z"), paris),
            "samedi 15 août 2026 à 14:05 (Europe/Paris)");  // summer time: UTC+2
  EXPECT_EQ(describe_local_date(Language::en, at("2026-02-28T23:30:00Z"), paris), "Sunday 1 March 2026");
  EXPECT_EQ(describe_local_date(Language::fr, at("2026-02-28T23:30:00Z"), paris), "dimanche 1er mars 2026");
}

TEST(LocalTimeTest, KeepsTheMinuteAndDropsSeconds) {
  const auto& utc = *find_time_zone("UTC");
  EXPECT_EQ(describe_local_time(Language::en, at("2027-01-03T23:59:59.999Z"), utc), "Sunday 3 January 2027 at 23:59 (UTC)");
}

}  // namespace
}  // namespace medimeet::i18n
