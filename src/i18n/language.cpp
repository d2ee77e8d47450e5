#include "i18n/language.hpp"

#include "common/enum_names.hpp"

namespace medimeet::i18n {
namespace {

constexpr EnumNames<Language, 2> kLanguageNames{{{{Language::en, "en"}, {Language::fr, "fr"}}}};

}  // namespace

std::string_view to_string(Language language) { return kLanguageNames.name(language); }

std::optional<Language> language_from_string(std::string_view text) { return kLanguageNames.parse(text); }

}  // namespace medimeet::i18n
