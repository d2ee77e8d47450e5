#pragma once

#include <string>
#include <string_view>

namespace medimeet::security {

// Sealed bytes as text for a TEXT column, alike on both backends (standard alphabet, padded).
std::string to_base64(std::string_view bytes);
// Throws std::runtime_error for text that is not base64.
std::string from_base64(std::string_view text);

}  // namespace medimeet::security
