// Specialties from a catalogue: stored as codes, searched in French and English by the words
// people type, and the professional title that follows them.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>

#include <thread>

#include "test_server.hpp"

namespace medimeet {
namespace {

using boost::json::array;
using boost::json::object;
using testing::TestBackend;
using testing::TestServer;
using testing::text;

class SpecialtyCatalogueApiTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  SpecialtyCatalogueApiTest()
      : server_(GetParam(), {.smtp = true, .start_at = parse_iso8601("2026-11-30T06:00:00.000Z")}) {}

  testing::TestAccount doctor(const std::string& email, const std::string& name, const std::string& specialty) {
    auto account = server_.register_account("doctor", email);
    EXPECT_EQ(server_.client().patch("/api/v1/users/me", object{{"name", name}}, account.token).status, 200);
    auto result = server_.client().patch(
        "/api/v1/doctors/me",
        object{{"specialty", specialty},
               {"experience", 10},
               {"location", "Paris"},
               {"price", 40},
               {"availability", array{object{{"day", "monday"}, {"startTime", "09:00"}, {"endTime", "12:00"}}}}},
        account.token);
    EXPECT_EQ(result.status, 200) << result.body;
    return account;
  }

  std::vector<std::string> found(const std::string& specialty) {
    auto result = server_.client().get("/api/v1/doctors?sort=name&specialty=" + specialty);
    EXPECT_EQ(result.status, 200) << result.body;
    std::vector<std::string> names;
    const auto document = result.json();
    for (const auto& listing : document.at("doctors").as_array()) names.push_back(text(listing.at("name")));
    return names;
  }

  TestServer server_;
};

TEST_P(SpecialtyCatalogueApiTest, ASpecialtyIsStoredAsItsCodeWithItsTitle) {
  auto cardiologist = doctor("a@example.com", "Jean Dupré", "Cardiologie");
  auto physio = doctor("b@example.com", "Hugo Laurent", "kinésithérapeute");
  const auto jean = server_.client().get("/api/v1/doctors/" + cardiologist.id).json();
  EXPECT_EQ(text(jean.at("specialty")), "cardiology");
  EXPECT_EQ(text(jean.at("title")), "Dr");
  auto ann = server_.register_account("patient", "ann@example.com");
  server_.verify_email(ann.id);
  auto booked = server_.client().post(
      "/api/v1/appointments", object{{"doctorId", cardiologist.id}, {"appointmentDate", "2026-11-30T09:00:00.000Z"}},
      ann.token);
  ASSERT_EQ(booked.status, 201) << booked.body;
  const auto listed = server_.client().get("/api/v1/appointments", ann.token).json();
  EXPECT_EQ(text(listed.at("appointments").at(0).at("doctorTitle")), "Dr");
  const auto hugo = server_.client().get("/api/v1/doctors/" + physio.id).json();
  EXPECT_EQ(text(hugo.at("specialty")), "physiotherapy");
  EXPECT_TRUE(hugo.at("title").is_null());

  auto unknown = server_.client().patch("/api/v1/doctors/me", object{{"specialty", "Astrologie"}}, physio.token);
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(unknown.problem_code("specialty"), "unknown_specialty");
  EXPECT_EQ(text(server_.client().get("/api/v1/doctors/me", physio.token).json().at("specialty")), "physiotherapy");
}

TEST_P(SpecialtyCatalogueApiTest, ASearchFindsTheSpecialtyInEitherLanguage) {
  doctor("a@example.com", "Jean Dupré", "cardiology");
  doctor("b@example.com", "Zoé Martin", "dermatology");
  const std::vector<std::string> jean{"Jean Dupré"};
  EXPECT_EQ(found("cardiology"), jean);
  EXPECT_EQ(found("Cardiologie"), jean);
  EXPECT_EQ(found("cardiologue"), jean);
  EXPECT_EQ(found("Cardiologist"), jean);
  EXPECT_EQ(found("cardio"), jean);
  EXPECT_EQ(found("dermato"), (std::vector<std::string>{"Zoé Martin"}));
  EXPECT_EQ(found("Skin"), (std::vector<std::string>{"Zoé Martin"}));
  EXPECT_EQ(found("pediatre"), (std::vector<std::string>{}));
}

TEST_P(SpecialtyCatalogueApiTest, OnlyPhysiciansAreCalledDoctorInTheirPatientsEmails) {
  auto physio = doctor("hugo@example.com", "Hugo Laurent", "physiotherapy");
  auto ann = server_.register_account("patient", "ann@example.com");
  server_.verify_email(ann.id);
  // Monday 30 November, 09:00 (UTC, the default zone): 3 hours ahead.
  auto booked = server_.client().post(
      "/api/v1/appointments", object{{"doctorId", physio.id}, {"appointmentDate", "2026-11-30T09:00:00.000Z"}},
      ann.token);
  ASSERT_EQ(booked.status, 201) << booked.body;
  EXPECT_TRUE(booked.json().at("doctorTitle").is_null());
  std::string confirmation;
  for (int attempt = 0; attempt < 500 && confirmation.empty(); ++attempt) {
    for (const auto& email : server_.smtp().messages()) {
      if (email.to.find("ann@example.com") != std::string::npos && email.subject.find("confirmed") != std::string::npos) {
        confirmation = email.body;
      }
    }
    if (confirmation.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_NE(confirmation.find("with Hugo Laurent on"), std::string::npos) << confirmation;
  EXPECT_EQ(confirmation.find("Dr Hugo"), std::string::npos) << confirmation;
}

INSTANTIATE_TEST_SUITE_P(Backends, SpecialtyCatalogueApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
