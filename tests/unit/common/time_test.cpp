#include "common/time.hpp"

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

}  // namespace
}  // namespace medimeet
