#include "storage/money_columns.hpp"

#include <stdexcept>

namespace medimeet::storage {

MoneyColumns money_columns(const std::optional<Money>& money) {
  if (!money) return {};
  return {money->minor_units(), std::string(money->currency().code)};
}

std::optional<Money> money_from_columns(const MoneyColumns& columns) {
  if (!columns.minor_units) return std::nullopt;
  const auto* currency = find_currency(columns.currency.value_or(""));
  if (currency == nullptr) throw std::runtime_error("a fee is stored in an unknown currency");
  return Money(*columns.minor_units, *currency);
}

}  // namespace medimeet::storage
