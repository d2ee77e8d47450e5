#include "notifications/email_layout.hpp"

#include <gtest/gtest.h>

namespace medimeet::notifications {
namespace {

TEST(EmailLayoutTest, TextAndHtmlSayTheSameInTheRecipientsLanguage) {
  const auto email = compose_email(i18n::Language::fr, "camille@example.com",
                                   {"Camille <Durand>", "Sujet", {"Premier paragraphe.", "Ligne 1\nLigne 2"},
                                    EmailAction{"Voir", "https://medimeet.example/appointments/1?a=1&b=2"},
                                    {"Fin."}},
                                   "notification-1");
  EXPECT_EQ(email.channel, Channel::email);
  EXPECT_EQ(email.recipient, "camille@example.com");
  EXPECT_EQ(email.subject, "Sujet");
  EXPECT_EQ(email.notification_id, "notification-1");
  EXPECT_EQ(email.body,
            "Bonjour Camille <Durand>,\n\nPremier paragraphe.\n\nLigne 1\nLigne 2\n\n"
            "Voir:\nhttps://medimeet.example/appointments/1?a=1&b=2\n\nFin.\n\nL’équipe MediMeet\n");
  ASSERT_TRUE(email.html);
  const auto& html = *email.html;
  EXPECT_NE(html.find("<html lang=\"fr\">"), std::string::npos);
  // What people wrote is text, never markup.
  EXPECT_NE(html.find("Bonjour Camille &lt;Durand&gt;,"), std::string::npos);
  EXPECT_NE(html.find("Ligne 1<br>\nLigne 2"), std::string::npos);
  EXPECT_NE(html.find("href=\"https://medimeet.example/appointments/1?a=1&amp;b=2\""), std::string::npos);
  EXPECT_NE(html.find(">Voir</a>"), std::string::npos);
  EXPECT_NE(html.find("copiez cette adresse"), std::string::npos);
  for (std::size_t start = 0, end; (end = html.find('\n', start)) != std::string::npos; start = end + 1) {
    EXPECT_LT(end - start, 998u) << "SMTP limits lines to 998 characters";
  }
}

TEST(EmailLayoutTest, AnEmailWithoutActionHasNoButton) {
  const auto email = compose_email(i18n::Language::en, "ann@example.com", {"Ann", "Hello", {"Body."}, std::nullopt, {}});
  EXPECT_EQ(email.body, "Hello Ann,\n\nBody.\n\nThe MediMeet team\n");
  EXPECT_EQ(email.html->find("<a "), std::string::npos);
}

}  // namespace
}  // namespace medimeet::notifications
