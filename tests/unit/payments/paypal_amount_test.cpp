// PayPal writes amounts as decimal strings ("30.00"): read exactly, in the currency's minor
// units, and nothing that is not such an amount.
#include "payments/paypal_provider.hpp"

#include <gtest/gtest.h>

namespace medimeet::payments {
namespace {

TEST(PayPalAmount, ReadsDecimalStringsExactlyInMinorUnits) {
  EXPECT_EQ(minor_units_of("30.00", 2), 3000);
  EXPECT_EQ(minor_units_of("30.5", 2), 3050);
  EXPECT_EQ(minor_units_of("30", 2), 3000);
  EXPECT_EQ(minor_units_of("0.07", 2), 7);
  EXPECT_EQ(minor_units_of("1500", 0), 1500);
  EXPECT_EQ(minor_units_of("1.234", 3), 1234);
}

TEST(PayPalAmount, RefusesWhatIsNotAnAmount) {
  for (const char* wrong : {"", ".5", "30.001", "-1", "3O.00", "30.0x", "1e3", "9999999999999.00"}) {
    EXPECT_FALSE(minor_units_of(wrong, 2)) << wrong;
  }
  EXPECT_FALSE(minor_units_of("30.5", 0));
}

}  // namespace
}  // namespace medimeet::payments
