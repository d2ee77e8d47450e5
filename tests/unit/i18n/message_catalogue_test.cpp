#include "i18n/message_catalogue.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <stdexcept>

namespace medimeet::i18n {
namespace {

std::set<std::string> placeholders(std::string_view text) {
  std::set<std::string> names;
  const std::string copy(text);
  const std::regex placeholder(R"(\{([a-z_]+)\})");
  for (auto it = std::sregex_iterator(copy.begin(), copy.end(), placeholder); it != std::sregex_iterator(); ++it) {
    names.insert((*it)[1]);
  }
  return names;
}

TEST(MessageCatalogueTest, EveryMessageExistsInBothLanguagesWithTheSamePlaceholders) {
  for (int i = 0; i < static_cast<int>(Message::count_); ++i) {
    const auto message = static_cast<Message>(i);
    const auto english = raw_text(Language::en, message);
    const auto french = raw_text(Language::fr, message);
    EXPECT_FALSE(english.empty()) << i;
    EXPECT_FALSE(french.empty()) << i;
    EXPECT_EQ(placeholders(english), placeholders(french)) << english << " / " << french;
  }
}

TEST(MessageCatalogueTest, FillsPlaceholdersWithTheirValuesOnly) {
  EXPECT_EQ(text(Language::fr, Message::cancel_reason, {{"reason", "Cabinet fermé"}}), "Motif : Cabinet fermé");
  EXPECT_EQ(text(Language::en, Message::cancel_reason, {{"reason", "Away"}}), "Reason: Away");
  // A value that looks like a placeholder stays as it is.
  EXPECT_EQ(text(Language::en, Message::email_greeting, {{"name", "{name}"}}), "Hello {name},");
}

TEST(MessageCatalogueTest, AMissingValueIsAProgrammingError) {
  EXPECT_THROW(text(Language::en, Message::email_greeting), std::logic_error);
}

}  // namespace
}  // namespace medimeet::i18n
