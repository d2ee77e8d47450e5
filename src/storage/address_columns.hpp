#pragma once

#include <soci/statement.h>

#include <optional>
#include <string>

#include "common/postal_address.hpp"

namespace medimeet::storage {

// A postal address as four nullable columns: street, postcode, city, country.
struct AddressColumns {
  std::optional<std::string> street;
  std::optional<std::string> postcode;
  std::optional<std::string> city;
  std::optional<std::string> country;
};

AddressColumns address_columns(const std::optional<PostalAddress>& address);
// The address those columns hold; nullopt unless street, postcode and city are all set.
std::optional<PostalAddress> address_from_columns(const AddressColumns& columns);
// Reads the four columns, in that order, into `columns` at the statement's next positions.
void exchange_into(soci::statement& statement, AddressColumns& columns);

}  // namespace medimeet::storage
