#include "common/postal_address.hpp"

namespace medimeet {

std::string one_line(const PostalAddress& address) {
  auto line = address.street + ", " + address.postcode + " " + address.city;
  if (address.country != "FR") line += ", " + address.country;
  return line;
}

}  // namespace medimeet
