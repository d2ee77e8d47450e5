// The listing cache serves a listing only at the generation it was made at and until the instant
// time leaves it true, never lets an older reader drop or replace a newer listing, and keeps
// within its memory by dropping the least recently used.
#include "doctors/listing_cache.hpp"

#include <gtest/gtest.h>

namespace medimeet::doctors {
namespace {

using namespace std::chrono_literals;

const TimePoint kNow = TimePoint{} + 1000h;

ListingCache::Body body(std::string text) { return std::make_shared<const std::string>(std::move(text)); }

TEST(ListingCacheTest, ServesAListingAtItsGenerationUntilTimeMakesItUntrue) {
  ListingCache cache(1 << 20);
  cache.store("search a", 7, kNow + 10min, kNow, body("page"));
  ASSERT_NE(cache.find("search a", 7, kNow), nullptr);
  EXPECT_EQ(*cache.find("search a", 7, kNow + 10min), "page");
  EXPECT_EQ(cache.find("search a", 7, kNow + 10min + 1ms), nullptr);
  EXPECT_EQ(cache.find("search b", 7, kNow), nullptr);
}

TEST(ListingCacheTest, AChangeCommittedSinceMakesItUnusable) {
  ListingCache cache(1 << 20);
  cache.store("search a", 7, kNow + 10min, kNow, body("page"));
  EXPECT_EQ(cache.find("search a", 8, kNow), nullptr);
  // And it is gone: not served even to a reader still at 7.
  EXPECT_EQ(cache.find("search a", 7, kNow), nullptr);
  EXPECT_EQ(cache.size_bytes(), 0u);
}

TEST(ListingCacheTest, AnOlderReaderNeitherDropsNorReplacesANewerListing) {
  ListingCache cache(1 << 20);
  cache.store("search a", 8, kNow + 10min, kNow, body("new"));
  EXPECT_EQ(cache.find("search a", 7, kNow), nullptr);
  cache.store("search a", 7, kNow + 10min, kNow, body("old"));
  ASSERT_NE(cache.find("search a", 8, kNow), nullptr);
  EXPECT_EQ(*cache.find("search a", 8, kNow), "new");
}

TEST(ListingCacheTest, AListingAlreadyUntrueIsNotKept) {
  ListingCache cache(1 << 20);
  cache.store("search a", 7, kNow - 1ms, kNow, body("page"));
  EXPECT_EQ(cache.find("search a", 7, kNow - 1s), nullptr);
  EXPECT_EQ(cache.size_bytes(), 0u);
}

TEST(ListingCacheTest, TheLeastRecentlyUsedGoFirstWhenMemoryRunsOut) {
  const std::string page(1000, 'x');
  ListingCache cache(3 * 1200);
  cache.store("a", 1, kNow + 1h, kNow, body(page));
  cache.store("b", 1, kNow + 1h, kNow, body(page));
  cache.store("c", 1, kNow + 1h, kNow, body(page));
  ASSERT_NE(cache.find("a", 1, kNow), nullptr);  // "b" is now the least recently used
  cache.store("d", 1, kNow + 1h, kNow, body(page));
  EXPECT_EQ(cache.find("b", 1, kNow), nullptr);
  EXPECT_NE(cache.find("a", 1, kNow), nullptr);
  EXPECT_NE(cache.find("c", 1, kNow), nullptr);
  EXPECT_NE(cache.find("d", 1, kNow), nullptr);
  EXPECT_LE(cache.size_bytes(), 3u * 1200);
}

}  // namespace
}  // namespace medimeet::doctors
