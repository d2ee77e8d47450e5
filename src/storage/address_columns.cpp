#include "storage/address_columns.hpp"

#include <soci/soci.h>

#include "storage/optional_binding.hpp"

namespace medimeet::storage {

AddressColumns address_columns(const std::optional<PostalAddress>& address) {
  if (!address) return {};
  return {address->street, address->postcode, address->city, address->country};
}

std::optional<PostalAddress> address_from_columns(const AddressColumns& columns) {
  if (!columns.street || !columns.postcode || !columns.city) return std::nullopt;
  return PostalAddress{*columns.street, *columns.postcode, *columns.city, columns.country.value_or("FR")};
}

void exchange_into(soci::statement& statement, AddressColumns& columns) {
  statement.exchange(soci::into(columns.street));
  statement.exchange(soci::into(columns.postcode));
  statement.exchange(soci::into(columns.city));
  statement.exchange(soci::into(columns.country));
}

}  // namespace medimeet::storage
