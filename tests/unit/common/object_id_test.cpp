#include "common/object_id.hpp"

#include <gtest/gtest.h>

#include <set>

namespace medimeet {
namespace {

TEST(ObjectId, Is24LowercaseHexWithTheTimestampFirst) {
  const auto now = from_epoch_ms(1'764'000'000'000);  // 2025-11-24T16:00:00Z
  const auto id = new_object_id(now);
  EXPECT_TRUE(is_object_id(id));
  EXPECT_EQ(id.substr(0, 8), "69248100");  // 1764000000 seconds in hex
}

TEST(ObjectId, AreUniqueWithinOneSecond) {
  const auto now = from_epoch_ms(1'764'000'000'000);
  std::set<std::string> ids;
  for (int i = 0; i < 10'000; ++i) ids.insert(new_object_id(now));
  EXPECT_EQ(ids.size(), 10'000u);
}

TEST(ObjectId, RecognisesOnlyObjectIds) {
  EXPECT_TRUE(is_object_id("6924810000aabbccddeeff00"));
  EXPECT_FALSE(is_object_id("6924810000AABBCCDDEEFF00"));
  EXPECT_FALSE(is_object_id("6924810000aabbccddeeff0"));
  EXPECT_FALSE(is_object_id("6924810000aabbccddeeff0g"));
  EXPECT_FALSE(is_object_id(""));
}

}  // namespace
}  // namespace medimeet
