// The doctor's patient list: how to reach each patient and tell namesakes apart, their last
// visit and next appointment, and a search box.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>

#include "booking_fixture.hpp"

namespace medimeet {
namespace {

using boost::json::object;
using testing::text;

class PatientListApiTest : public testing::BookingFixture {
 protected:
  // A verified patient with this name, phone and date of birth.
  testing::TestAccount camille(const std::string& email, const std::string& phone, const std::string& born) {
    auto account = patient(email);
    EXPECT_EQ(server_.client().patch("/api/v1/users/me", object{{"name", "Camille Durand"}, {"phone", phone}},
                                     account.token).status,
              200);
    EXPECT_EQ(server_.client().patch("/api/v1/patients/me", object{{"dateOfBirth", born}}, account.token).status, 200);
    return account;
  }

  std::vector<std::string> emails_found(const std::string& query) {
    auto result = server_.client().get("/api/v1/doctors/me/patients" + query, doctor_.token);
    EXPECT_EQ(result.status, 200) << result.body;
    std::vector<std::string> emails;
    const auto document = result.json();
    for (const auto& patient : document.at("patients").as_array()) emails.push_back(text(patient.at("email")));
    return emails;
  }
};

TEST_P(PatientListApiTest, NamesakesAreToldApartAndFoundByNameEmailOrPhone) {
  auto first = camille("camille.d@example.com", "+33601020304", "1985-04-12");
  auto second = camille("cdurand@example.com", "+33655667788", "1992-11-03");
  ASSERT_EQ(book(first, "2026-11-30T09:00:00.000Z").status, 201);
  ASSERT_EQ(book(second, "2026-12-01T09:00:00.000Z").status, 201);

  auto result = server_.client().get("/api/v1/doctors/me/patients", doctor_.token);
  ASSERT_EQ(result.status, 200) << result.body;
  const auto document = result.json();
  EXPECT_EQ(document.at("total").as_int64(), 2);
  const auto& latest = document.at("patients").at(0);  // the latest appointment first
  EXPECT_EQ(text(latest.at("name")), "Camille Durand");
  EXPECT_EQ(text(latest.at("email")), "cdurand@example.com");
  EXPECT_EQ(text(latest.at("phone")), "+33655667788");
  EXPECT_EQ(text(latest.at("dateOfBirth")), "1992-11-03T00:00:00.000Z");
  EXPECT_EQ(text(latest.at("nextAppointment")), "2026-12-01T09:00:00.000Z");
  EXPECT_TRUE(latest.at("lastVisit").is_null());

  EXPECT_EQ(emails_found("?q=camille").size(), 2u);
  EXPECT_EQ(emails_found("?q=CDURAND%40"), (std::vector<std::string>{"cdurand@example.com"}));  // "CDURAND@"
  EXPECT_EQ(emails_found("?q=0102"), (std::vector<std::string>{"camille.d@example.com"}));
  EXPECT_EQ(emails_found("?q=nobody"), (std::vector<std::string>{}));
  EXPECT_EQ(emails_found("?limit=1&page=2"), (std::vector<std::string>{"camille.d@example.com"}));

  // The agenda's appointments carry the phone to call.
  const auto agenda = server_.client().get("/api/v1/appointments", doctor_.token).json();
  EXPECT_EQ(text(agenda.at("appointments").at(0).at("patientPhone")), "+33601020304");

  // The record the doctor opens says the same.
  const auto record = server_.client().get("/api/v1/patients/" + first.id, doctor_.token);
  ASSERT_EQ(record.status, 200) << record.body;
  EXPECT_EQ(text(record.json().at("email")), "camille.d@example.com");
  EXPECT_EQ(text(record.json().at("phone")), "+33601020304");
}

TEST_P(PatientListApiTest, TheLastVisitIsTheLatestCompletedAppointment) {
  auto ann = patient("ann@example.com");
  const auto id = id_of(book(ann, "2026-11-30T09:00:00.000Z"));
  ASSERT_EQ(book(ann, "2026-12-02T09:00:00.000Z").status, 201);
  server_.clock().set(at("2026-11-30T09:40:00.000Z"));
  ASSERT_EQ(server_.client().post_empty("/api/v1/appointments/" + id + "/complete", doctor_.token).status, 200);
  const auto document = server_.client().get("/api/v1/doctors/me/patients", doctor_.token).json();
  const auto& listed = document.at("patients").at(0);
  EXPECT_EQ(text(listed.at("lastVisit")), "2026-11-30T09:00:00.000Z");
  EXPECT_EQ(text(listed.at("nextAppointment")), "2026-12-02T09:00:00.000Z");
  EXPECT_EQ(listed.at("appointmentCount").as_int64(), 2);
}

TEST_P(PatientListApiTest, ADoctorListsOnlyTheirOwnPatients) {
  auto ann = patient("ann@example.com");
  ASSERT_EQ(book(ann, "2026-11-30T09:00:00.000Z").status, 201);
  auto other = server_.register_account("doctor", "dr.other@example.com");
  EXPECT_EQ(server_.client().get("/api/v1/doctors/me/patients", other.token).json().at("total").as_int64(), 0);
  EXPECT_EQ(server_.client().get("/api/v1/doctors/me/patients", ann.token).error_code(), "not_a_doctor");
}

INSTANTIATE_TEST_SUITE_P(Backends, PatientListApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
