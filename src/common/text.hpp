#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace medimeet {

// Without leading and trailing spaces, tabs and line breaks.
std::string trim(std::string_view text);

// Characters (code points) in UTF-8 text, which is what length limits count.
std::size_t utf8_length(std::string_view text);

}  // namespace medimeet
