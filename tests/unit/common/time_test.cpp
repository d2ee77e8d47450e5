#include "common/time.hpp"

#include <date/date.h>
#include <gtest/gtest.h>

namespace medimeet {
namespace {

TEST(Time, FormatsLikeJavaScriptToJson) {
  EXPECT_EQ(format_iso8601(from_epoch_ms(1'796'117'400'123)), "2026-12-01T09:30:00.123Z");
  EXPECT_EQ(format_iso8601(from_epoch_ms(0)), "1970-01-01T00:00:00.000Z");
}

TEST(Time, ParsesWhatItFormatsAndOffsets) {
  EXPECT_EQ(parse_iso8601("2026-12-01T09:30:00.123Z"), from_epoch_ms(1'796'117'400'123));
  EXPECT_EQ(parse_iso8601("2026-12-01T09:30:00Z"), from_epoch_ms(1'796'117'400'000));
  EXPECT_EQ(parse_iso8601("2026-12-01T10:30:00.000+01:00"), from_epoch_ms(1'796'117'400'000));
}

TEST(Time, RejectsMalformedDates) {
  EXPECT_FALSE(parse_iso8601("2026-12-01"));
  EXPECT_FALSE(parse_iso8601("2026-13-01T09:30:00.000Z"));
  EXPECT_FALSE(parse_iso8601("2026-12-01T09:30:00.000Zjunk"));
  EXPECT_FALSE(parse_iso8601("yesterday at noon, roughly"));
}

TEST(Time, RejectsOffsetsOutOfRange) {
  for (const char* text : {"1990-01-01T00:00:00.000+99:99", "1990-01-01T00:00:00.000-24:00",
                           "1990-01-01T00:00:00.000+23:60", "1990-01-01T00:00:00+24:00",
                           "1990-01-01T00:00:00.000+0a:00", "1990-01-01T00:00:00.000 01:00"}) {
    EXPECT_FALSE(parse_iso8601(text)) << text;
    EXPECT_FALSE(parse_date_or_instant(text)) << text;
  }
  EXPECT_EQ(parse_iso8601("1990-01-01T23:59:00.000+23:59"), parse_iso8601("1990-01-01T00:00:00.000Z"));
  EXPECT_EQ(parse_iso8601("1990-01-01T00:00:00.000-00:00"), parse_iso8601("1990-01-01T00:00:00.000Z"));
}

TEST(CalendarDate, ParsesRealDates) {
  EXPECT_EQ(parse_calendar_date("2026-12-01"), date::sys_days(date::year{2026} / 12 / 1));
  EXPECT_EQ(parse_calendar_date("2028-02-29"), date::sys_days(date::year{2028} / 2 / 29));
}

TEST(CalendarDate, RejectsMalformedAndImpossibleDates) {
  for (const char* text : {"2026-02-30", "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31",
                           "2026-12-1", "26-12-01", "2026/12/01", "2026-12-01T00:00", "",
                           "+026-12-01", "2026-1a-01"}) {
    EXPECT_FALSE(parse_calendar_date(text)) << text;
  }
}

TEST(Time, RejectsWhatIsNotRfc3339) {
  for (const char* text : {"2026-12-01T9:30:00.000Z", "+2026-12-01T09:30:00Z", "2026-12-01T09:30:60Z",
                           "2026-12-01T24:00:00Z", "2026-02-30T09:30:00Z", "2026-12-01T09:30:00.1234Z",
                           "2026-12-01T09:30:00.Z", "2026-12-01T10:-0:00.000+01:00", "20-12-01T09:30:00.02-Z",
                           "2026-12-01T09:30:00+01", "2026-12-01T09:30:00+01:00Z", ""}) {
    EXPECT_FALSE(parse_iso8601(text)) << text;
  }
  EXPECT_EQ(parse_iso8601("2026-12-01T09:30:00.1Z"), from_epoch_ms(1'796'117'400'100));
  EXPECT_EQ(parse_iso8601("2026-12-01T09:30:00.12Z"), from_epoch_ms(1'796'117'400'120));
  EXPECT_EQ(parse_iso8601("0000-01-01T00:00:00.000Z"), TimePoint(date::sys_days(date::year{0} / 1 / 1)));
}

TEST(Time, AnOffsetMayNotCarryAnInstantOutOfTheWritableYears) {
  EXPECT_FALSE(parse_iso8601("0000-01-01T00:00:00+20:00"));  // 31 December of year -1
  EXPECT_FALSE(parse_iso8601("9999-12-31T23:00:00-01:00"));  // year 10000
  EXPECT_EQ(format_iso8601(*parse_iso8601("9999-12-31T22:59:59.999-01:00")), "9999-12-31T23:59:59.999Z");
}

}  // namespace
}  // namespace medimeet
