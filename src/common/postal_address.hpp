#pragma once

#include <string>

namespace medimeet {

// A postal address in France or abroad, as a practice gives it.
struct PostalAddress {
  std::string street;          // "12 rue de la Roquette"
  std::string postcode;        // "75011"
  std::string city;            // "Paris"
  std::string country = "FR";  // ISO 3166-1 alpha-2
};

// The address on one line, as a letter or a calendar app writes it: "12 rue de la Roquette,
// 75011 Paris" (the country only when it is not France).
std::string one_line(const PostalAddress& address);

}  // namespace medimeet
