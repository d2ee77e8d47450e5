// The practice's details (address, phone, access notes, languages) and the booking policy: shown
// on the doctor's page, in the appointment, its emails and its calendar file; found by postcode.
#include <gtest/gtest.h>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "booking_fixture.hpp"

namespace medimeet {
namespace {

using boost::json::array;
using boost::json::object;
using testing::text;

const object kRoquette{{"street", "12 rue de la Roquette"}, {"postcode", "75011"}, {"city", "Paris"}};

class PracticeDetailsApiTest : public testing::BookingFixture {
 protected:
  PracticeDetailsApiTest() : BookingFixture({.smtp = true}) {}

  testing::HttpResult set_practice(const object& changes) {
    return server_.client().patch("/api/v1/doctors/me", changes, doctor_.token);
  }

  void give_the_practice_its_details() {
    auto result = set_practice(object{{"address", kRoquette},
                                      {"phone", "+33143556677"},
                                      {"accessNotes", "Code 4521, 2nd floor."},
                                      {"languages", array{"fr", "en"}}});
    ASSERT_EQ(result.status, 200) << result.body;
  }

  // The ids of the listed doctors a location search finds.
  std::vector<std::string> found_at(const std::string& location) {
    auto result = server_.client().get("/api/v1/doctors?location=" + location);
    EXPECT_EQ(result.status, 200) << result.body;
    std::vector<std::string> ids;
    const auto document = result.json();
    for (const auto& doctor : document.at("doctors").as_array()) ids.push_back(text(doctor.at("_id")));
    return ids;
  }
};

TEST_P(PracticeDetailsApiTest, TheDoctorsPageShowsThePracticesDetails) {
  give_the_practice_its_details();
  auto page = server_.client().get("/api/v1/doctors/" + doctor_.id);
  ASSERT_EQ(page.status, 200) << page.body;
  const auto document = page.json();
  const auto& address = document.at("address").as_object();
  EXPECT_EQ(text(address.at("street")), "12 rue de la Roquette");
  EXPECT_EQ(text(address.at("postcode")), "75011");
  EXPECT_EQ(text(address.at("city")), "Paris");
  EXPECT_EQ(text(address.at("country")), "FR");
  EXPECT_EQ(text(address.at("line")), "12 rue de la Roquette, 75011 Paris");
  EXPECT_EQ(text(document.at("phone")), "+33143556677");
  EXPECT_EQ(text(document.at("accessNotes")), "Code 4521, 2nd floor.");
  EXPECT_EQ(document.at("languages").as_array(), (array{"fr", "en"}));

  // Cleared with null.
  ASSERT_EQ(set_practice(object{{"address", nullptr}, {"phone", nullptr}, {"accessNotes", nullptr}}).status, 200);
  const auto cleared = server_.client().get("/api/v1/doctors/" + doctor_.id).json();
  EXPECT_TRUE(cleared.at("address").is_null());
  EXPECT_TRUE(cleared.at("phone").is_null());
  EXPECT_TRUE(cleared.at("accessNotes").is_null());
}

TEST_P(PracticeDetailsApiTest, BadDetailsNameTheFieldAndChangeNothing) {
  give_the_practice_its_details();
  auto missing_city = set_practice(object{{"address", object{{"street", "1 place Bellecour"}, {"postcode", "69002"}}}});
  EXPECT_EQ(missing_city.status, 400);
  EXPECT_EQ(missing_city.problem_code("address.city"), "required");
  EXPECT_EQ(set_practice(object{{"address", object{{"street", "1 rue X"}, {"postcode", "1000"}, {"city", "Bruxelles"},
                                                   {"country", "belgium"}}}})
                .problem_code("address.country"),
            "one_of");
  EXPECT_EQ(set_practice(object{{"phone", "01 43 55 66 77"}}).problem_code("phone"), "invalid_phone");
  EXPECT_EQ(set_practice(object{{"languages", array{"French"}}}).problem_code("languages"), "one_of");

  const auto unchanged = server_.client().get("/api/v1/doctors/me", doctor_.token).json();
  EXPECT_EQ(text(unchanged.at("address").at("city")), "Paris");
  EXPECT_EQ(text(unchanged.at("phone")), "+33143556677");
  EXPECT_EQ(unchanged.at("languages").as_array(), (array{"fr", "en"}));
}

TEST_P(PracticeDetailsApiTest, ASearchFindsThePracticeByPostcodeOrCity) {
  EXPECT_EQ(found_at("75011"), std::vector<std::string>{});
  give_the_practice_its_details();
  const std::vector<std::string> the_doctor{doctor_.id};
  EXPECT_EQ(found_at("75011"), the_doctor);
  EXPECT_EQ(found_at("750"), the_doctor);  // the start of a postcode: the arrondissements of Paris
  EXPECT_EQ(found_at("paris"), the_doctor);
  EXPECT_EQ(found_at("69001"), std::vector<std::string>{});

  // Moved to Lyon: found there, no longer in Paris' postcodes.
  ASSERT_EQ(set_practice(object{{"address", object{{"street", "1 place Bellecour"}, {"postcode", "69002"},
                                                   {"city", "Lyon"}}},
                                {"location", "Lyon"}})
                .status,
            200);
  EXPECT_EQ(found_at("69002"), the_doctor);
  EXPECT_EQ(found_at("lyon"), the_doctor);
  EXPECT_EQ(found_at("75011"), std::vector<std::string>{});
}

TEST_P(PracticeDetailsApiTest, ThePolicyIsPublishedAndEachAppointmentSaysUntilWhenItCanChangeOnline) {
  auto policy = server_.client().get("/api/v1/booking-policy");
  ASSERT_EQ(policy.status, 200) << policy.body;
  EXPECT_EQ(policy.json().at("minimumNoticeMinutes").as_int64(), 120);
  EXPECT_EQ(policy.json().at("changeNoticeMinutes").as_int64(), 240);

  give_the_practice_its_details();
  auto ann = patient("ann@example.com");
  auto booked = book(ann, "2026-12-01T08:00:00.000Z");
  ASSERT_EQ(booked.status, 201) << booked.body;
  const auto appointment = booked.json();
  EXPECT_EQ(text(appointment.at("changeableUntil")), "2026-12-01T04:00:00.000Z");
  EXPECT_EQ(text(appointment.at("practicePhone")), "+33143556677");
  EXPECT_EQ(text(appointment.at("practiceAddress").at("line")), "12 rue de la Roquette, 75011 Paris");

  // The same when read back, by either party.
  for (const auto* token : {&ann.token, &doctor_.token}) {
    const auto read = server_.client().get("/api/v1/appointments/" + id_of(booked), *token).json();
    EXPECT_EQ(text(read.at("changeableUntil")), "2026-12-01T04:00:00.000Z");
    EXPECT_EQ(text(read.at("practicePhone")), "+33143556677");
  }

  // A slot two hours ahead (the minimum notice) is bookable, but already past its change deadline.
  auto soon = book(patient("bob@example.com"), "2026-11-30T08:30:00.000Z");
  ASSERT_EQ(soon.status, 201) << soon.body;
  EXPECT_EQ(text(soon.json().at("changeableUntil")), "2026-11-30T04:30:00.000Z");
}

TEST_P(PracticeDetailsApiTest, TheConfirmationAndTheCalendarFileSayWhereAndUntilWhen) {
  give_the_practice_its_details();
  auto camille = patient("camille@example.com");
  ASSERT_EQ(server_.client().patch("/api/v1/users/me", object{{"language", "fr"}}, camille.token).status, 200);
  auto booked = book(camille, "2026-12-01T08:00:00.000Z");
  ASSERT_EQ(booked.status, 201) << booked.body;

  auto to_patient = emails_about("camille@example.com", "confirmé");
  ASSERT_EQ(to_patient.size(), 1u);
  const auto& body = to_patient[0].body;
  EXPECT_NE(body.find("Adresse : 12 rue de la Roquette, 75011 Paris"), std::string::npos) << body;
  EXPECT_NE(body.find("Accès : Code 4521, 2nd floor."), std::string::npos) << body;
  EXPECT_NE(body.find("Téléphone du cabinet : +33143556677"), std::string::npos) << body;
  EXPECT_NE(body.find("Vous pouvez l’annuler ou le déplacer en ligne jusqu’au mardi 1er décembre 2026 à 05:00 (Europe/Paris)"),
            std::string::npos)
      << body;
  EXPECT_NE(to_patient[0].html.find("12 rue de la Roquette"), std::string::npos);

  // The doctor knows their own address: their email has none of it.
  auto to_doctor = emails_about("dr.durand@example.com", "New appointment");
  ASSERT_EQ(to_doctor.size(), 1u);
  EXPECT_EQ(to_doctor[0].body.find("Roquette"), std::string::npos) << to_doctor[0].body;

  auto file = server_.client().get("/api/v1/appointments/" + id_of(booked) + "/calendar.ics", camille.token);
  ASSERT_EQ(file.status, 200);
  EXPECT_NE(file.body.find("LOCATION:12 rue de la Roquette\\, 75011 Paris"), std::string::npos) << file.body;
}

INSTANTIATE_TEST_SUITE_P(Backends, PracticeDetailsApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
