#include "common/money.hpp"

#include <array>
#include <cmath>

namespace medimeet {
namespace {

// The currencies of the countries a practice on MediMeet is likely to be in, with their minor
// units from ISO 4217. Extending the list is safe: amounts are stored in minor units.
constexpr std::array<Currency, 24> kCurrencies{{
    {"EUR", 2}, {"USD", 2}, {"GBP", 2}, {"CHF", 2}, {"CAD", 2}, {"AUD", 2},
    {"SEK", 2}, {"NOK", 2}, {"DKK", 2}, {"PLN", 2}, {"CZK", 2}, {"HUF", 2},
    {"RON", 2}, {"BGN", 2}, {"MAD", 2}, {"DZD", 2}, {"XPF", 0}, {"XOF", 0},
    {"XAF", 0}, {"JPY", 0}, {"TND", 3}, {"KWD", 3}, {"BHD", 3}, {"MUR", 2},
}};

long long power_of_ten(int exponent) {
  long long value = 1;
  for (int i = 0; i < exponent; ++i) value *= 10;
  return value;
}

}  // namespace

const Currency* find_currency(std::string_view code) {
  for (const auto& currency : kCurrencies) {
    if (currency.code == code) return &currency;
  }
  return nullptr;
}

std::optional<Money> Money::from_major_units(double amount, const Currency& currency) {
  if (!std::isfinite(amount) || std::fabs(amount) > 1e15) return std::nullopt;
  const double scaled = amount * static_cast<double>(power_of_ten(currency.exponent));
  const double whole = std::round(scaled);
  // 45.5 * 100 is 4550 up to the last bit of a double; 45.555 * 100 is not a whole number.
  if (std::fabs(scaled - whole) > 1e-6 * std::max(1.0, std::fabs(scaled))) return std::nullopt;
  return Money(static_cast<long long>(whole), currency);
}

double Money::major_units() const {
  return static_cast<double>(minor_units_) / static_cast<double>(power_of_ten(currency_->exponent));
}

}  // namespace medimeet
