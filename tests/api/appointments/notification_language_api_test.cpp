// Each person is written to in their own language: a French patient gets every notice of their
// appointment (in the app, by email and by SMS) in French, with French dates in the doctor's
// zone, while the English doctor gets theirs in English. Emails are multipart text + HTML and
// link to the appointment.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <soci/soci.h>

#include <thread>

#include "booking_fixture.hpp"

namespace medimeet {
namespace {

using namespace std::chrono_literals;
using boost::json::object;
using testing::ReceivedEmail;
using testing::text;

class NotificationLanguageApiTest : public testing::BookingFixture {
 protected:
  NotificationLanguageApiTest() : BookingFixture({.smtp = true, .sms = true}) {}

  // A verified French patient whose phone is verified too.
  testing::TestAccount french_patient() {
    auto camille = patient("camille@example.com");
    EXPECT_EQ(server_.client().patch("/api/v1/users/me", object{{"language", "fr"}}, camille.token).status, 200);
    server_.app().database().write([&](soci::session& sql) {
      sql << "UPDATE users SET phone_verified = 1 WHERE id = :id", soci::use(camille.id);
    });
    return camille;
  }

  std::string latest_message(const std::string& user_id, const std::string& type) {
    return server_.query_text("SELECT message FROM notifications WHERE user_id = :u AND type = '" + type +
                                  "' ORDER BY created_at DESC, id DESC LIMIT 1",
                              user_id);
  }

  // The emails to `address` once `count` of them arrived.
  std::vector<ReceivedEmail> emails_to(const std::string& address, std::size_t count) {
    std::vector<ReceivedEmail> found;
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    do {
      found.clear();
      for (auto& email : server_.smtp().messages()) {
        if (email.to.find(address) != std::string::npos) found.push_back(std::move(email));
      }
      if (found.size() >= count) break;
      std::this_thread::sleep_for(20ms);
    } while (std::chrono::steady_clock::now() < deadline);
    return found;
  }

  std::vector<std::string> sms_to(const std::string& phone, std::size_t count) {
    std::vector<std::string> found;
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    do {
      found.clear();
      for (const auto& sms : server_.sms().wait_for(0, 0s)) {
        if (sms.to == phone) found.push_back(sms.body);
      }
      if (found.size() >= count) break;
      std::this_thread::sleep_for(20ms);
    } while (std::chrono::steady_clock::now() < deadline);
    return found;
  }
};

TEST_P(NotificationLanguageApiTest, AFrenchPatientGetsEveryNoticeInFrenchAndTheEnglishDoctorInEnglish) {
  const auto camille = french_patient();
  auto booked = book(camille, "2026-12-01T08:00:00.000Z");
  ASSERT_EQ(booked.status, 201) << booked.body;
  const auto id = id_of(booked);

  // Booked: in the app, by email (text and HTML, linking to the appointment) and by SMS.
  const std::string confirmed =
      "Votre rendez-vous avec Dr Hélène Durand le mardi 1er décembre 2026 à 09:00 (Europe/Paris) est confirmé.";
  EXPECT_EQ(latest_message(camille.id, "appointmentConfirmation"), confirmed);
  EXPECT_EQ(latest_message(doctor_.id, "appointmentConfirmation"),
            "New appointment with Test patient on Tuesday 1 December 2026 at 09:00 (Europe/Paris).");
  auto emails = emails_to("camille@example.com", 2);  // the verification link, then the confirmation
  ASSERT_EQ(emails.size(), 2u);
  const auto& confirmation = emails[1];
  EXPECT_EQ(confirmation.subject, "Votre rendez-vous MediMeet est confirmé");
  EXPECT_NE(confirmation.body.find("Bonjour Test patient,"), std::string::npos) << confirmation.body;
  EXPECT_NE(confirmation.body.find(confirmed), std::string::npos);
  EXPECT_NE(confirmation.body.find("Voir, déplacer ou annuler le rendez-vous:\n" + server_.app().config().public_url +
                                   "/appointments/" + id),
            std::string::npos)
      << confirmation.body;
  EXPECT_NE(confirmation.html.find("<html lang=\"fr\">"), std::string::npos) << confirmation.html;
  EXPECT_NE(confirmation.html.find("href=\"" + server_.app().config().public_url + "/appointments/" + id + "\""),
            std::string::npos);
  EXPECT_NE(confirmation.html.find("le mardi 1er décembre 2026 à 09:00"), std::string::npos);
  const auto doctor_emails = emails_to("dr.durand@example.com", 2);
  ASSERT_EQ(doctor_emails.size(), 2u);
  EXPECT_EQ(doctor_emails[1].subject, "New appointment");
  EXPECT_NE(doctor_emails[1].body.find("Open the agenda:\n" + server_.app().config().public_url + "/practice?day=2026-12-01"),
            std::string::npos)
      << doctor_emails[1].body;
  auto texts = sms_to("+33612345678", 1);
  ASSERT_EQ(texts.size(), 1u);
  EXPECT_EQ(texts[0], confirmed);

  // Moved.
  auto moved = server_.client().post("/api/v1/appointments/" + id + "/reschedule",
                                     object{{"appointmentDate", "2026-12-02T09:30:00.000Z"}}, camille.token);
  ASSERT_EQ(moved.status, 200) << moved.body;
  const std::string moved_text =
      "Votre rendez-vous avec Dr Hélène Durand a été déplacé au mercredi 2 décembre 2026 à 10:30 (Europe/Paris).";
  EXPECT_EQ(latest_message(camille.id, "appointmentRescheduled"), moved_text);
  EXPECT_EQ(latest_message(doctor_.id, "appointmentRescheduled"),
            "The appointment with Test patient has moved to Wednesday 2 December 2026 at 10:30 (Europe/Paris).");
  emails = emails_to("camille@example.com", 3);
  ASSERT_EQ(emails.size(), 3u);
  EXPECT_EQ(emails[2].subject, "Votre rendez-vous MediMeet a été déplacé");
  texts = sms_to("+33612345678", 2);
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts[1], moved_text);

  // Reminded, 24 h before.
  server_.clock().set(at("2026-12-01T09:30:01.000Z"));
  const std::string reminder =
      "Rappel : votre rendez-vous avec Dr Hélène Durand a lieu le mercredi 2 décembre 2026 à 10:30 (Europe/Paris).";
  for (int i = 0; i < 250 && latest_message(camille.id, "appointmentReminder").empty(); ++i) {
    std::this_thread::sleep_for(20ms);
  }
  EXPECT_EQ(latest_message(camille.id, "appointmentReminder"), reminder);
  emails = emails_to("camille@example.com", 4);
  ASSERT_EQ(emails.size(), 4u);
  EXPECT_EQ(emails[3].subject, "Rappel : votre rendez-vous MediMeet");
  texts = sms_to("+33612345678", 3);
  ASSERT_EQ(texts.size(), 3u);
  EXPECT_EQ(texts[2], reminder);

  // Canceled by the practice, with its reason.
  auto canceled = server_.client().post("/api/v1/appointments/" + id + "/cancel",
                                        object{{"reason", "Cabinet fermé"}}, server_.login(doctor_));
  ASSERT_EQ(canceled.status, 200) << canceled.body;
  const std::string canceled_text =
      "Votre rendez-vous avec Dr Hélène Durand du mercredi 2 décembre 2026 à 10:30 (Europe/Paris) a été annulé par "
      "le cabinet. Motif : Cabinet fermé";
  EXPECT_EQ(latest_message(camille.id, "appointmentCancellation"), canceled_text);
  emails = emails_to("camille@example.com", 5);
  ASSERT_EQ(emails.size(), 5u);
  EXPECT_EQ(emails[4].subject, "Votre rendez-vous MediMeet a été annulé");
  texts = sms_to("+33612345678", 4);
  ASSERT_EQ(texts.size(), 4u);
  EXPECT_EQ(texts[3], canceled_text);
}

TEST_P(NotificationLanguageApiTest, APatientWhoCancelsTellsTheDoctorInTheDoctorsLanguage) {
  EXPECT_EQ(server_.client().patch("/api/v1/users/me", object{{"language", "fr"}}, doctor_.token).status, 200);
  const auto ann = patient("ann@example.com");  // English
  const auto id = id_of(book(ann, "2026-12-01T08:00:00.000Z"));
  EXPECT_EQ(latest_message(ann.id, "appointmentConfirmation"),
            "Your appointment with Dr Hélène Durand on Tuesday 1 December 2026 at 09:00 (Europe/Paris) is confirmed.");
  EXPECT_EQ(latest_message(doctor_.id, "appointmentConfirmation"),
            "Nouveau rendez-vous avec Test patient le mardi 1er décembre 2026 à 09:00 (Europe/Paris).");
  ASSERT_EQ(server_.client().post("/api/v1/appointments/" + id + "/cancel", object{}, ann.token).status, 200);
  EXPECT_EQ(latest_message(doctor_.id, "appointmentCancellation"),
            "Test patient a annulé le rendez-vous du mardi 1er décembre 2026 à 09:00 (Europe/Paris).");
  const auto doctor_emails = emails_to("dr.durand@example.com", 3);
  ASSERT_EQ(doctor_emails.size(), 3u);
  EXPECT_EQ(doctor_emails[2].subject, "Un rendez-vous a été annulé");
  EXPECT_NE(doctor_emails[2].body.find("Ouvrir l’agenda:"), std::string::npos) << doctor_emails[2].body;
}

TEST_P(NotificationLanguageApiTest, TheLanguageIsChosenAtRegistrationAndOnlyFrenchOrEnglish) {
  auto registered = server_.client().post("/api/v1/auth/register",
                                          object{{"name", "Léa Martin"},
                                                 {"email", "lea@example.com"},
                                                 {"password", "a fine long password"},
                                                 {"role", "patient"},
                                                 {"phone", "+33611111111"},
                                                 {"language", "fr"}});
  ASSERT_EQ(registered.status, 201) << registered.body;
  EXPECT_EQ(text(registered.json().at("user").at("language")), "fr");
  const auto token = text(registered.json().at("token"));
  const auto emails = emails_to("lea@example.com", 1);
  ASSERT_EQ(emails.size(), 1u);
  EXPECT_EQ(emails[0].subject, "Confirmez votre adresse e-mail pour MediMeet");
  EXPECT_NE(emails[0].body.find("Bonjour Léa Martin,"), std::string::npos);
  EXPECT_NE(emails[0].html.find("/verify-email?token="), std::string::npos);

  auto german = server_.client().post("/api/v1/auth/register",
                                      object{{"name", "Lena Braun"},
                                             {"email", "lena@example.com"},
                                             {"password", "a fine long password"},
                                             {"role", "patient"},
                                             {"phone", "+33622222222"},
                                             {"language", "de"}});
  ASSERT_EQ(german.status, 400) << german.body;
  EXPECT_EQ(text(german.json().at("error").at("problems").at("language").at("code")), "one_of");
  EXPECT_EQ(server_.query_text("SELECT COUNT(*) FROM users WHERE email = :e", "lena@example.com"), "0");

  auto changed = server_.client().patch("/api/v1/users/me", object{{"language", "en"}}, token);
  ASSERT_EQ(changed.status, 200);
  EXPECT_EQ(text(changed.json().at("language")), "en");
  auto refused = server_.client().patch("/api/v1/users/me", object{{"language", "FR"}}, token);
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(text(server_.client().get("/api/v1/users/me", token).json().at("language")), "en");
}

INSTANTIATE_TEST_SUITE_P(Backends, NotificationLanguageApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
