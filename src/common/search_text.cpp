#include "common/search_text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace medimeet {

std::string fold_for_search(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  // ICU's normalizer instances are process-wide singletons, safe to share between threads.
  const icu::Normalizer2* decompose = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFD normalizer unavailable");
  const auto source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  const auto decomposed = decompose->normalize(source, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU normalisation failed");
  icu::UnicodeString stripped;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) stripped.append(c);
    i += U16_LENGTH(c);
  }
  stripped.foldCase();
  std::string folded;
  stripped.toUTF8String(folded);
  return folded;
}

}  // namespace medimeet
