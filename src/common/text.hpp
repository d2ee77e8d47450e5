#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace medimeet {

// Without leading and trailing spaces, tabs and line breaks.
std::string trim(std::string_view text);

// ASCII letters in lower case, other bytes as they are: for names and tokens that protocols
// compare without case (header names, media types, email addresses).
std::string ascii_lowercase(std::string_view text);
// The same in upper case (currency codes, which some APIs write in lower case).
std::string ascii_uppercase(std::string_view text);
bool equals_ignoring_ascii_case(std::string_view a, std::string_view b);

// Characters (code points) in UTF-8 text, which is what length limits count.
std::size_t utf8_length(std::string_view text);
// Well-formed UTF-8: every sequence complete, no stray continuation byte.
bool is_valid_utf8(std::string_view text);

}  // namespace medimeet
