#include <gtest/gtest.h>

#include <boost/json/object.hpp>

#include "test_server.hpp"

namespace medimeet {
namespace {

using namespace std::chrono_literals;
using boost::json::array;
using boost::json::object;
using testing::TestBackend;
using testing::TestServer;
using testing::text;

class PatientApiTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  PatientApiTest() : server_(GetParam()) {
    ann_ = server_.register_account("patient", "ann@example.com");
  }
  TestServer server_;
  testing::TestAccount ann_;
};

TEST_P(PatientApiTest, ANewPatientHasAnEmptyProfile) {
  auto result = server_.client().get("/api/v1/patients/me", ann_.token);
  ASSERT_EQ(result.status, 200) << result.body;
  auto patient = result.json().as_object();
  EXPECT_EQ(text(patient.at("_id")), ann_.id);
  EXPECT_EQ(text(patient.at("name")), "Test patient");
  EXPECT_TRUE(patient.at("personalInfo").as_object().empty());
  EXPECT_TRUE(patient.at("medicalHistory").as_array().empty());
  for (const char* field : {"dateOfBirth", "gender", "address"}) {
    EXPECT_TRUE(patient.at(field).is_null()) << field;
  }
}

TEST_P(PatientApiTest, ThePatientFillsInTheProfileAndHistory) {
  server_.clock().advance(1s);
  auto result = server_.client().patch(
      "/api/v1/patients/me",
      object{{"personalInfo", object{{"firstName", "Ann"}, {"bloodType", "O+"}, {"emergencyContactPhone", "+33611111111"}}},
             {"dateOfBirth", "1990-05-17"},
             {"gender", "female"},
             {"address", " 3 rue de la Paix, Paris "},
             {"medicalHistory", array{object{{"condition", "Asthma"}, {"diagnosisDate", "2004-09-01"}, {"notes", "mild"}},
                                      object{{"condition", "Hay fever"}}}}},
      ann_.token);
  ASSERT_EQ(result.status, 200) << result.body;
  auto patient = result.json().as_object();
  EXPECT_EQ(text(patient.at("dateOfBirth")), "1990-05-17T00:00:00.000Z");
  EXPECT_EQ(text(patient.at("gender")), "female");
  EXPECT_EQ(text(patient.at("address")), "3 rue de la Paix, Paris");
  EXPECT_EQ(text(patient.at("personalInfo").at("bloodType")), "O+");
  auto history = patient.at("medicalHistory").as_array();
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(text(history[0].at("condition")), "Asthma");
  EXPECT_EQ(text(history[0].at("diagnosisDate")), "2004-09-01T00:00:00.000Z");
  EXPECT_TRUE(history[1].at("diagnosisDate").is_null());
  EXPECT_EQ(text(history[0].at("_id")).size(), 24u);
  EXPECT_NE(text(patient.at("updatedAt")), text(patient.at("createdAt")));
  EXPECT_EQ(server_.client().get("/api/v1/patients/me", ann_.token).body, result.body);

  // Edit the first entry, drop the second, add a third.
  const auto first_id = text(history[0].at("_id"));
  auto edited = server_.client().patch(
      "/api/v1/patients/me",
      object{{"medicalHistory", array{object{{"_id", first_id}, {"condition", "Asthma"}, {"notes", "controlled"}},
                                      object{{"condition", "Migraine"}, {"diagnosisDate", "2020-01-10T00:00:00.000Z"}}}},
             {"address", nullptr}},
      ann_.token);
  ASSERT_EQ(edited.status, 200) << edited.body;
  auto after = edited.json().as_object();
  auto entries = after.at("medicalHistory").as_array();
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(text(entries[0].at("_id")), first_id);
  EXPECT_EQ(text(entries[0].at("notes")), "controlled");
  EXPECT_EQ(text(entries[1].at("condition")), "Migraine");
  EXPECT_NE(text(entries[1].at("_id")), text(history[1].at("_id")));
  EXPECT_TRUE(after.at("address").is_null());
  EXPECT_EQ(text(after.at("gender")), "female");  // untouched fields stay
}

TEST_P(PatientApiTest, EachInvalidFieldIsNamedAndNothingChanges) {
  const auto before = server_.client().get("/api/v1/patients/me", ann_.token).body;
  const std::vector<std::pair<object, std::string>> cases = {
      {object{{"gender", "unknown"}}, "gender"},
      {object{{"dateOfBirth", "17/05/1990"}}, "dateOfBirth"},
      {object{{"dateOfBirth", "2999-01-01"}}, "dateOfBirth"},
      {object{{"address", std::string(301, 'a')}}, "address"},
      {object{{"personalInfo", object{{"bloodType", "Z"}}}}, "personalInfo.bloodType"},
      {object{{"personalInfo", object{{"shoeSize", "42"}}}}, "personalInfo.shoeSize"},
      {object{{"personalInfo", "Ann"}}, "personalInfo"},
      {object{{"medicalHistory", array{object{{"notes", "no condition"}}}}}, "medicalHistory.0.condition"},
      {object{{"medicalHistory", array{object{{"condition", "x"}, {"_id", "6924810000aabbccddeeff00"}}}}}, "medicalHistory.0._id"},
      {object{{"medicalHistory", array{object{{"condition", "x"}, {"diagnosisDate", "2999-01-01"}}}}}, "medicalHistory.0.diagnosisDate"},
      {object{{"medicalHistory", array{42}}}, "medicalHistory.0"},
      {object{{"medicalHistory", array{object{{"condition", "x"}, {"severity", 3}}}}}, "medicalHistory.0.severity"},
  };
  for (const auto& [body, field] : cases) {
    auto result = server_.client().patch("/api/v1/patients/me", body, ann_.token);
    EXPECT_EQ(result.status, 400) << field << ": " << result.body;
    EXPECT_FALSE(result.field_error(field).empty()) << field << ": " << result.body;
  }
  EXPECT_EQ(server_.client().get("/api/v1/patients/me", ann_.token).body, before);
}

TEST_P(PatientApiTest, AnInstantWithAnOffsetOutOfRangeIsRefused) {
  const auto before = server_.client().get("/api/v1/patients/me", ann_.token).body;
  for (const char* instant : {"1990-01-01T00:00:00.000+99:99", "1990-01-01T00:00:00.000-24:00",
                              "1990-01-01T00:00:00.000+23:60"}) {
    auto result = server_.client().patch("/api/v1/patients/me", object{{"dateOfBirth", instant}}, ann_.token);
    EXPECT_EQ(result.status, 400) << instant << ": " << result.body;
    EXPECT_FALSE(result.field_error("dateOfBirth").empty()) << instant << ": " << result.body;
  }
  EXPECT_EQ(server_.client().get("/api/v1/patients/me", ann_.token).body, before);
}

TEST_P(PatientApiTest, OnlyPatientsHaveAPatientProfile) {
  auto doctor = server_.register_account("doctor", "dr.who@example.com");
  auto result = server_.client().get("/api/v1/patients/me", doctor.token);
  EXPECT_EQ(result.status, 403);
  EXPECT_EQ(result.error_code(), "not_a_patient");
  EXPECT_EQ(server_.client().get("/api/v1/patients/me").status, 401);
}

TEST_P(PatientApiTest, APatientIsVisibleToThemselvesAndToTheirDoctorsOnly) {
  auto bob = server_.register_account("patient", "bob@example.com");
  auto their_doctor = server_.register_account("doctor", "dr.house@example.com");
  auto other_doctor = server_.register_account("doctor", "dr.who@example.com");
  const auto path = "/api/v1/patients/" + ann_.id;

  EXPECT_EQ(server_.client().get(path, ann_.token).status, 200);
  for (const auto& outsider : {bob, their_doctor, other_doctor}) {
    auto result = server_.client().get(path, outsider.token);
    EXPECT_EQ(result.status, 404) << outsider.email;
    EXPECT_EQ(result.error_code(), "not_found");
  }
  // Any appointment, even a canceled one, makes the doctor one of hers.
  server_.insert_appointment(ann_.id, their_doctor.id, server_.clock().now() + 48h, 30, "canceled");
  auto seen = server_.client().get(path, their_doctor.token);
  EXPECT_EQ(seen.status, 200) << seen.body;
  EXPECT_EQ(text(seen.json().at("_id")), ann_.id);
  EXPECT_EQ(server_.client().get(path, other_doctor.token).status, 404);
  EXPECT_EQ(server_.client().get(path, bob.token).status, 404);
  EXPECT_EQ(server_.client().get(path).status, 401);
  // The doctor's id is not a patient, and nonsense ids look the same as unknown ones.
  EXPECT_EQ(server_.client().get("/api/v1/patients/" + their_doctor.id, their_doctor.token).status, 404);
  EXPECT_EQ(server_.client().get("/api/v1/patients/not-an-id", ann_.token).status, 404);
}

INSTANTIATE_TEST_SUITE_P(Backends, PatientApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
