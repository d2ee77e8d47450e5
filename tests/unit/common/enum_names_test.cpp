#include "common/enum_names.hpp"

#include <gtest/gtest.h>

namespace medimeet {
namespace {

enum class Colour { red, green };
constexpr EnumNames<Colour, 2> kColourNames{{{{Colour::red, "red"}, {Colour::green, "green"}}}};

TEST(EnumNames, NamesAndParsesEachValue) {
  static_assert(kColourNames.name(Colour::green) == "green");
  static_assert(kColourNames.parse("red") == Colour::red);
  EXPECT_EQ(kColourNames.parse("Red"), std::nullopt);  // names are exact
  EXPECT_EQ(kColourNames.parse(""), std::nullopt);
}

}  // namespace
}  // namespace medimeet
