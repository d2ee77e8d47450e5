#pragma once

#include <optional>
#include <string>

#include "common/money.hpp"

namespace medimeet::storage {

// A fee as two nullable columns: the amount in minor units and the ISO 4217 code.
struct MoneyColumns {
  std::optional<long long> minor_units;
  std::optional<std::string> currency;
};

MoneyColumns money_columns(const std::optional<Money>& money);
// The fee those columns hold; nullopt when the amount is NULL. Throws std::runtime_error for a
// currency this build does not know (only this code writes the columns, from known ones).
std::optional<Money> money_from_columns(const MoneyColumns& columns);

}  // namespace medimeet::storage
