// Kept directory pages are given back only at the generation they were made at; a newer
// generation forgets every older page, and a page made late at an older one is not kept.
#include "doctors/directory_pages.hpp"

#include <gtest/gtest.h>

namespace medimeet::doctors {
namespace {

DirectoryPage page(long long total, std::vector<std::string> ids) { return {total, std::move(ids)}; }

TEST(DirectoryPagesTest, GivesAPageBackOnlyAtItsGeneration) {
  DirectoryPages pages(10);
  pages.store("search a", 7, page(42, {"d1", "d2"}));
  const auto found = pages.find("search a", 7);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->total, 42);
  EXPECT_EQ(found->doctor_ids, (std::vector<std::string>{"d1", "d2"}));
  EXPECT_FALSE(pages.find("search a", 8));
  EXPECT_FALSE(pages.find("search b", 7));
}

TEST(DirectoryPagesTest, ANewerGenerationForgetsTheOlderPagesAndAnOlderOneIsNotKept) {
  DirectoryPages pages(10);
  pages.store("search a", 7, page(1, {"d1"}));
  pages.store("search b", 8, page(2, {"d1", "d2"}));
  EXPECT_FALSE(pages.find("search a", 7));
  // Made by a reader that read the generation before the change: already out of date.
  pages.store("search a", 7, page(1, {"d1"}));
  EXPECT_FALSE(pages.find("search a", 7));
  EXPECT_TRUE(pages.find("search b", 8));
}

TEST(DirectoryPagesTest, KeepsNoMoreThanItsCapacity) {
  DirectoryPages pages(2);
  pages.store("search a", 1, page(0, {}));
  pages.store("search b", 1, page(0, {}));
  pages.store("search c", 1, page(0, {}));
  EXPECT_TRUE(pages.find("search a", 1));
  EXPECT_TRUE(pages.find("search b", 1));
  EXPECT_FALSE(pages.find("search c", 1));
  // A page already kept is replaced in place.
  pages.store("search a", 1, page(3, {"d1"}));
  EXPECT_EQ(pages.find("search a", 1)->total, 3);
}

}  // namespace
}  // namespace medimeet::doctors
