// Kept directory pages are given back only at the generations they were made at and until their
// instant; a newer directory generation forgets every older page, and a page made late at an
// older generation does not replace a newer one.
#include "doctors/directory_pages.hpp"

#include <gtest/gtest.h>

namespace medimeet::doctors {
namespace {

using namespace std::chrono_literals;

const TimePoint kNow = TimePoint{} + 1000h;

DirectoryPage page(long long total, std::vector<std::string> ids, TimePoint valid_until = TimePoint::max()) {
  return {total, std::move(ids), valid_until};
}

TEST(DirectoryPagesTest, GivesAPageBackOnlyAtItsGenerationsAndUntilItsInstant) {
  DirectoryPages pages(10);
  pages.store("search a", {7, 3}, page(42, {"d1", "d2"}, kNow + 10min));
  const auto found = pages.find("search a", {7, 3}, kNow);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->total, 42);
  EXPECT_EQ(found->doctor_ids, (std::vector<std::string>{"d1", "d2"}));
  EXPECT_TRUE(pages.find("search a", {7, 3}, kNow + 10min));
  EXPECT_FALSE(pages.find("search a", {7, 3}, kNow + 10min + 1ms));
  EXPECT_FALSE(pages.find("search a", {8, 3}, kNow));
  EXPECT_FALSE(pages.find("search a", {7, 4}, kNow));
  EXPECT_FALSE(pages.find("search b", {7, 3}, kNow));
}

TEST(DirectoryPagesTest, ANewerDirectoryForgetsTheOlderPagesAndAnOlderPageIsNotKept) {
  DirectoryPages pages(10);
  pages.store("search a", {7, 0}, page(1, {"d1"}));
  pages.store("search b", {8, 0}, page(2, {"d1", "d2"}));
  EXPECT_FALSE(pages.find("search a", {7, 0}, kNow));
  // Made by a reader that read the generation before the change: already out of date.
  pages.store("search a", {7, 0}, page(1, {"d1"}));
  EXPECT_FALSE(pages.find("search a", {7, 0}, kNow));
  EXPECT_TRUE(pages.find("search b", {8, 0}, kNow));
  // A day's generation: a newer page replaces the kept one, an older one does not.
  pages.store("search c", {8, 5}, page(5, {"d5"}));
  pages.store("search c", {8, 4}, page(4, {"d4"}));
  EXPECT_EQ(pages.find("search c", {8, 5}, kNow)->total, 5);
  pages.store("search c", {8, 6}, page(6, {"d6"}));
  EXPECT_FALSE(pages.find("search c", {8, 5}, kNow));
  EXPECT_EQ(pages.find("search c", {8, 6}, kNow)->total, 6);
}

TEST(DirectoryPagesTest, KeepsNoMoreThanItsCapacity) {
  DirectoryPages pages(2);
  pages.store("search a", {1, 0}, page(0, {}));
  pages.store("search b", {1, 0}, page(0, {}));
  pages.store("search c", {1, 0}, page(0, {}));
  EXPECT_TRUE(pages.find("search a", {1, 0}, kNow));
  EXPECT_TRUE(pages.find("search b", {1, 0}, kNow));
  EXPECT_FALSE(pages.find("search c", {1, 0}, kNow));
  // A page already kept is replaced in place.
  pages.store("search a", {1, 0}, page(3, {"d1"}));
  EXPECT_EQ(pages.find("search a", {1, 0}, kNow)->total, 3);
}

}  // namespace
}  // namespace medimeet::doctors
