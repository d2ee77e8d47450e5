#pragma once

#include <optional>
#include <string_view>

namespace medimeet::i18n {

// The languages a person can read MediMeet in: the web app's, and every notification, email
// and SMS the server writes.
enum class Language { en, fr };

std::string_view to_string(Language language);
// "fr" or "en"; nullopt for anything else.
std::optional<Language> language_from_string(std::string_view text);

}  // namespace medimeet::i18n
