#pragma once

#include <string>
#include <string_view>

namespace medimeet {

// The form text takes for case- and accent-insensitive matching: Unicode-decomposed, combining
// marks removed, case-folded ("Hélène Dupré" -> "helene dupre", "Straße" -> "strasse").
// Both the stored column and the searched term go through it. Invalid UTF-8 becomes U+FFFD.
std::string fold_for_search(std::string_view text);

}  // namespace medimeet
