#pragma once

#include <cstddef>
#include <string>

namespace medimeet::testing {

// A "PDF" of exactly `size` bytes: the magic libmagic knows it by, then random bytes (the same
// for the same size).
std::string pdf_of_size(std::size_t size);

}  // namespace medimeet::testing
