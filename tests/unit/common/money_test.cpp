#include "common/money.hpp"

#include <gtest/gtest.h>

namespace medimeet {
namespace {

TEST(Money, KnowsTheMinorUnitsOfItsCurrencies) {
  ASSERT_NE(find_currency("EUR"), nullptr);
  EXPECT_EQ(find_currency("EUR")->exponent, 2);
  EXPECT_EQ(find_currency("JPY")->exponent, 0);
  EXPECT_EQ(find_currency("TND")->exponent, 3);
  EXPECT_EQ(find_currency("eur"), nullptr);
  EXPECT_EQ(find_currency("XXX"), nullptr);
  EXPECT_EQ(find_currency(""), nullptr);
}

TEST(Money, HoldsAmountsAsWholeMinorUnits) {
  const auto& eur = *find_currency("EUR");
  EXPECT_EQ(Money::from_major_units(45.5, eur)->minor_units(), 4550);
  EXPECT_EQ(Money::from_major_units(0.1, eur)->minor_units(), 10);  // not 10.000000000000002
  EXPECT_EQ(Money::from_major_units(19.99, eur)->minor_units(), 1999);
  EXPECT_EQ(Money::from_major_units(100000, eur)->minor_units(), 10000000);
  EXPECT_EQ(Money(4550, eur).major_units(), 45.5);
  EXPECT_EQ(Money::from_major_units(45.5, eur)->currency().code, "EUR");
}

TEST(Money, RefusesMoreDecimalsThanTheMinorUnitHas) {
  EXPECT_FALSE(Money::from_major_units(45.555, *find_currency("EUR")).has_value());
  EXPECT_FALSE(Money::from_major_units(1.5, *find_currency("JPY")).has_value());
  EXPECT_EQ(Money::from_major_units(1.5, *find_currency("TND"))->minor_units(), 1500);
  EXPECT_FALSE(Money::from_major_units(1e300, *find_currency("EUR")).has_value());
}

}  // namespace
}  // namespace medimeet
