#pragma once

#include <optional>
#include <string_view>

namespace medimeet {

// An ISO 4217 currency and how many digits its minor unit has (EUR 2: cents; JPY 0; TND 3).
struct Currency {
  std::string_view code;
  int exponent;
};

// The currencies an instance may be set to (MEDIMEET_CURRENCY); nullptr for another code.
const Currency* find_currency(std::string_view code);

// An amount of money, held exactly as a whole number of the currency's minor units: a fee of
// 45.50 EUR is 4550 cents, never a binary fraction.
class Money {
 public:
  Money(long long minor_units, const Currency& currency) : minor_units_(minor_units), currency_(&currency) {}

  // The amount a person writes ("45.5" euros); nullopt when it has more decimals than the
  // currency's minor unit or does not fit.
  static std::optional<Money> from_major_units(double amount, const Currency& currency);

  long long minor_units() const { return minor_units_; }
  const Currency& currency() const { return *currency_; }
  // The amount in major units, as the API writes it (45.5).
  double major_units() const;

  friend bool operator==(const Money& a, const Money& b) {
    return a.minor_units_ == b.minor_units_ && a.currency_->code == b.currency_->code;
  }

 private:
  long long minor_units_;
  const Currency* currency_;
};

}  // namespace medimeet
