// Medical records over HTTP: a doctor keeps a record per patient, with dated entries and files;
// the patient reads every record about them, adds entries of their own and shares a record with
// another of their doctors; everyone else gets 404, for the record and for its files. Entries are
// sealed on disk, every read and change is in the patient's access log, and the data export
// holds everything about the caller but no secret.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "booking_fixture.hpp"
#include "sample_files.hpp"
#include "storage/database.hpp"

namespace medimeet {
namespace {

using namespace std::chrono_literals;
using boost::json::object;
using testing::HttpResult;
using testing::TestAccount;
using testing::text;
using testing::upload;

class MedicalRecordsApiTest : public testing::BookingFixture {
 protected:
  MedicalRecordsApiTest() {
    ann_ = patient("ann@example.com");
    bob_ = patient("bob@example.com");
    EXPECT_EQ(book(ann_, "2026-12-01T09:00:00.000Z").status, 201);
    second_doctor_ = server_.register_account("doctor", "dr.moreau@example.com");
    stranger_doctor_ = server_.register_account("doctor", "dr.petit@example.com");
    server_.insert_appointment(ann_.id, second_doctor_.id, server_.clock().now() - 240h, 30, "completed");
  }

  HttpResult call(const TestAccount& who, const std::string& method, const std::string& path,
                  const boost::json::value& body = nullptr) {
    return server_.client().send(method, path, body.is_null() ? "" : boost::json::serialize(body),
                                 {{"Authorization", "Bearer " + who.token}});
  }
  std::string upload_pdf(const TestAccount& who, const std::string& content) {
    auto uploaded = upload(server_.client(), who, content, "application/pdf", "bilan.pdf");
    EXPECT_EQ(uploaded.status, 201) << uploaded.body;
    return text(uploaded.json().at("_id"));
  }
  // The doctor's first entry about Ann, with a PDF of theirs; returns the record.
  boost::json::object first_entry(const std::string& pdf) {
    const auto file_id = upload_pdf(doctor_, pdf);
    auto created = call(doctor_, "POST", "/api/v1/patients/" + ann_.id + "/medical-record/entries",
                        object{{"date", "2026-11-28"},
                               {"description", "Bilan sanguin : cholestérol élevé.\nÀ revoir dans 3 mois."},
                               {"attachments", {file_id}}});
    EXPECT_EQ(created.status, 201) << created.body;
    return created.json().as_object();
  }
  static std::string first_file_of(const boost::json::object& record) {
    return text(record.at("records").as_array().at(0).at("attachments").as_array().at(0).at("_id"));
  }

  TestAccount ann_;
  TestAccount bob_;
  TestAccount second_doctor_;
  TestAccount stranger_doctor_;
};

TEST_P(MedicalRecordsApiTest, ADoctorWritesTheFirstEntryWithAFileAndThePatientReadsBoth) {
  auto before = call(doctor_, "GET", "/api/v1/patients/" + ann_.id + "/medical-record");
  ASSERT_EQ(before.status, 200) << before.body;
  EXPECT_TRUE(before.json().at("_id").is_null()) << "no record before the first entry";
  EXPECT_TRUE(before.json().at("records").as_array().empty());

  const auto pdf = testing::pdf_of_size(200 * 1024);
  const auto record = first_entry(pdf);
  const auto record_id = text(record.at("_id"));
  EXPECT_EQ(text(record.at("patientId")), ann_.id);
  EXPECT_EQ(text(record.at("doctorId")), doctor_.id);
  const auto& entry = record.at("records").as_array().at(0);
  EXPECT_EQ(text(entry.at("author")), "doctor");
  EXPECT_EQ(text(entry.at("date")), "2026-11-28T00:00:00.000Z");
  EXPECT_EQ(text(entry.at("description")), "Bilan sanguin : cholestérol élevé.\nÀ revoir dans 3 mois.");
  const auto& attachment = entry.at("attachments").as_array().at(0).as_object();
  EXPECT_EQ(text(attachment.at("name")), "bilan.pdf");
  EXPECT_EQ(text(attachment.at("type")), "application/pdf");
  EXPECT_EQ(attachment.at("size").as_int64(), 200 * 1024);

  const auto mine = call(ann_, "GET", "/api/v1/medical-records");
  ASSERT_EQ(mine.status, 200) << mine.body;
  EXPECT_EQ(mine.json().at("total").as_int64(), 1);
  EXPECT_EQ(text(mine.json().at("medicalRecords").as_array().at(0).at("_id")), record_id);
  EXPECT_EQ(call(ann_, "GET", "/api/v1/medical-records/" + record_id).status, 200);
  const auto download = server_.client().get("/api/v1/files/" + first_file_of(record), ann_.token);
  EXPECT_EQ(download.status, 200);
  EXPECT_EQ(download.body, pdf) << "the patient reads the file the doctor attached to their record";

  // A second entry goes into the same record.
  auto second = call(doctor_, "POST", "/api/v1/patients/" + ann_.id + "/medical-record/entries",
                     object{{"date", "2026-11-29T10:30:00Z"}, {"description", "Tension normale."}});
  ASSERT_EQ(second.status, 201) << second.body;
  EXPECT_EQ(text(second.json().at("_id")), record_id);
  EXPECT_EQ(second.json().at("records").as_array().size(), 2u);
  EXPECT_EQ(text(second.json().at("records").as_array().at(0).at("description")), "Tension normale.")
      << "newest date first";
}

TEST_P(MedicalRecordsApiTest, AnotherPatientAndAnUnrelatedDoctorGetNotFoundForTheRecordAndItsFiles) {
  const auto record = first_entry(testing::pdf_of_size(1000));
  const auto record_id = text(record.at("_id"));
  const auto file = "/api/v1/files/" + first_file_of(record);
  for (const auto* outsider : {&bob_, &stranger_doctor_, &second_doctor_}) {
    EXPECT_EQ(call(*outsider, "GET", "/api/v1/medical-records/" + record_id).status, 404);
    EXPECT_EQ(server_.client().get(file, outsider->token).status, 404);
    EXPECT_EQ(call(*outsider, "GET", "/api/v1/medical-records").json().at("total").as_int64(), 0);
    EXPECT_EQ(call(*outsider, "POST", "/api/v1/medical-records/" + record_id + "/entries",
                   object{{"date", "2026-11-29"}, {"description", "x"}})
                  .status,
              404);
  }
  EXPECT_EQ(call(stranger_doctor_, "GET", "/api/v1/patients/" + ann_.id + "/medical-record").status, 404)
      << "no care relation";
  EXPECT_EQ(call(stranger_doctor_, "POST", "/api/v1/patients/" + ann_.id + "/medical-record/entries",
                 object{{"date", "2026-11-29"}, {"description", "x"}})
                .status,
            404);
  EXPECT_EQ(call(ann_, "GET", "/api/v1/patients/" + ann_.id + "/medical-record").error_code(), "not_a_doctor");
  EXPECT_EQ(call(doctor_, "GET", "/api/v1/medical-records/6924810000aabbccddeeff00").status, 404);
}

TEST_P(MedicalRecordsApiTest, ThePatientAddsTheirOwnEntriesAndOnlyAnEntrysAuthorChangesIt) {
  const auto record = first_entry(testing::pdf_of_size(1000));
  const auto record_id = text(record.at("_id"));
  const auto doctors_entry = text(record.at("records").as_array().at(0).at("_id"));
  const auto scan = upload_pdf(ann_, testing::pdf_of_size(3000));
  auto added = call(ann_, "POST", "/api/v1/medical-records/" + record_id + "/entries",
                    object{{"date", "2026-11-29"}, {"description", "Compte rendu d'IRM"}, {"attachments", {scan}}});
  ASSERT_EQ(added.status, 201) << added.body;
  const auto added_record = added.json();
  const auto& own = added_record.at("records").as_array().at(0);
  EXPECT_EQ(text(own.at("author")), "patient");
  EXPECT_EQ(text(own.at("authorId")), ann_.id);
  const auto patients_entry = text(own.at("_id"));
  EXPECT_EQ(server_.client().get("/api/v1/files/" + scan, doctor_.token).status, 200)
      << "the record's doctor reads the patient's document";

  const auto entry_path = [&](const std::string& id) { return "/api/v1/medical-records/" + record_id + "/entries/" + id; };
  EXPECT_EQ(call(doctor_, "PATCH", entry_path(patients_entry), object{{"description", "x"}}).error_code(),
            "not_entry_author");
  EXPECT_EQ(call(ann_, "DELETE", entry_path(doctors_entry)).error_code(), "not_entry_author");
  EXPECT_EQ(call(bob_, "DELETE", entry_path(doctors_entry)).status, 404);

  auto edited = call(ann_, "PATCH", entry_path(patients_entry),
                     object{{"description", "Compte rendu d'IRM du genou"}, {"attachments", boost::json::array{}}});
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(text(edited.json().at("records").as_array().at(0).at("description")), "Compte rendu d'IRM du genou");
  EXPECT_TRUE(edited.json().at("records").as_array().at(0).at("attachments").as_array().empty());
  EXPECT_EQ(server_.client().get("/api/v1/files/" + scan, doctor_.token).status, 404)
      << "detached: the doctor no longer reads it";
  EXPECT_EQ(server_.client().get("/api/v1/files/" + scan, ann_.token).status, 200) << "its uploader still does";

  EXPECT_EQ(call(doctor_, "DELETE", entry_path(doctors_entry)).status, 204);
  EXPECT_EQ(call(doctor_, "DELETE", entry_path(doctors_entry)).status, 404);
  EXPECT_EQ(call(ann_, "GET", "/api/v1/medical-records/" + record_id).json().at("records").as_array().size(), 1u);
}

TEST_P(MedicalRecordsApiTest, AttachingAFileTheCallerDidNotUploadIsForbiddenAndChangesNothing) {
  const auto record = first_entry(testing::pdf_of_size(1000));
  const auto record_id = text(record.at("_id"));
  const auto bobs_file = upload_pdf(bob_, testing::pdf_of_size(2000));
  const auto doctors_file = first_file_of(record);
  for (const auto& file : {bobs_file, doctors_file}) {
    auto refused = call(ann_, "POST", "/api/v1/medical-records/" + record_id + "/entries",
                        object{{"date", "2026-11-29"}, {"description", "Mon document"}, {"attachments", {file}}});
    EXPECT_EQ(refused.status, 403) << refused.body;
    EXPECT_EQ(refused.error_code(), "file_not_yours");
  }
  EXPECT_EQ(call(ann_, "GET", "/api/v1/medical-records/" + record_id).json().at("records").as_array().size(), 1u);
  EXPECT_EQ(server_.client().get("/api/v1/files/" + bobs_file, ann_.token).status, 404);
}

TEST_P(MedicalRecordsApiTest, BadEntriesNameTheirFieldAndChangeNothing) {
  const auto path = "/api/v1/patients/" + ann_.id + "/medical-record/entries";
  auto missing = call(doctor_, "POST", path, object{});
  EXPECT_EQ(missing.problem_code("date"), "required");
  EXPECT_EQ(missing.problem_code("description"), "required");
  EXPECT_EQ(call(doctor_, "POST", path, object{{"date", "2026-11-28"}, {"description", "   "}}).problem_code("description"),
            "empty");
  EXPECT_EQ(call(doctor_, "POST", path, object{{"date", "2026-11-28"}, {"description", std::string(20001, 'a')}})
                .problem_code("description"),
            "too_long");
  EXPECT_EQ(call(doctor_, "POST", path, object{{"date", "2026-12-25"}, {"description", "x"}}).problem_code("date"),
            "in_the_future");
  EXPECT_EQ(call(doctor_, "POST", path, object{{"date", "hier"}, {"description", "x"}}).problem_code("date"),
            "not_a_date");
  EXPECT_EQ(call(doctor_, "POST", path, object{{"date", "2026-11-28"}, {"description", "x"}, {"attachments", {"nope"}}})
                .problem_code("attachments.0"),
            "not_an_id");
  EXPECT_EQ(call(doctor_, "POST", path, object{{"date", "2026-11-28"}, {"description", std::string(20000, 'a')}}).status,
            201)
      << "20,000 characters are allowed";
  EXPECT_EQ(server_.count_rows("medical_record_entries"), 1);
}

TEST_P(MedicalRecordsApiTest, ThePatientSharesARecordWithAnotherOfTheirDoctorsAndTakesItBack) {
  const auto record = first_entry(testing::pdf_of_size(1000));
  const auto record_id = text(record.at("_id"));
  const auto file = "/api/v1/files/" + first_file_of(record);
  const auto share_path = "/api/v1/medical-records/" + record_id + "/share";

  EXPECT_EQ(call(ann_, "POST", share_path, object{{"doctorId", stranger_doctor_.id}}).problem_code("doctorId"),
            "not_your_doctor");
  EXPECT_EQ(call(ann_, "POST", share_path, object{{"doctorId", doctor_.id}}).problem_code("doctorId"), "record_doctor");
  EXPECT_EQ(call(bob_, "POST", share_path, object{{"doctorId", second_doctor_.id}}).status, 404);
  EXPECT_EQ(call(doctor_, "POST", share_path, object{{"doctorId", second_doctor_.id}}).error_code(), "not_a_patient");

  auto shared = call(ann_, "POST", share_path, object{{"doctorId", second_doctor_.id}});
  ASSERT_EQ(shared.status, 200) << shared.body;
  EXPECT_EQ(text(shared.json().at("sharedWith").as_array().at(0).at("doctorId")), second_doctor_.id);
  EXPECT_EQ(call(ann_, "POST", share_path, object{{"doctorId", second_doctor_.id}}).status, 200) << "again: the same";

  auto seen = call(second_doctor_, "GET", "/api/v1/medical-records/" + record_id);
  ASSERT_EQ(seen.status, 200) << seen.body;
  EXPECT_TRUE(seen.json().at("sharedWith").as_array().empty()) << "whom it is shared with is not theirs to know";
  EXPECT_EQ(call(second_doctor_, "GET", "/api/v1/medical-records").json().at("total").as_int64(), 1);
  EXPECT_EQ(call(second_doctor_, "GET", "/api/v1/medical-records?patientId=" + ann_.id).json().at("total").as_int64(), 1);
  EXPECT_EQ(call(second_doctor_, "GET", "/api/v1/medical-records?patientId=" + bob_.id).json().at("total").as_int64(), 0);
  EXPECT_EQ(call(second_doctor_, "GET", "/api/v1/medical-records?patientId=x").problem_code("patientId"), "not_an_id");
  EXPECT_EQ(server_.client().get(file, second_doctor_.token).status, 200);
  EXPECT_EQ(call(second_doctor_, "POST", "/api/v1/medical-records/" + record_id + "/entries",
                 object{{"date", "2026-11-29"}, {"description", "x"}})
                .error_code(),
            "read_only_record");
  EXPECT_EQ(call(doctor_, "GET", "/api/v1/medical-records/" + record_id).json().at("sharedWith").as_array().size(), 1u)
      << "the record's doctor sees it was shared";

  EXPECT_EQ(call(bob_, "DELETE", share_path + "/" + second_doctor_.id).status, 404);
  EXPECT_EQ(call(ann_, "DELETE", share_path + "/" + second_doctor_.id).status, 204);
  EXPECT_EQ(call(second_doctor_, "GET", "/api/v1/medical-records/" + record_id).status, 404);
  EXPECT_EQ(server_.client().get(file, second_doctor_.token).status, 404);
}

TEST_P(MedicalRecordsApiTest, EntriesAreSealedOnDisk) {
  first_entry(testing::pdf_of_size(1000));
  storage::Database database(server_.app().config().database_url, 1);
  const auto stored = database.read([](soci::session& sql) {
    std::string description;
    sql << "SELECT description FROM medical_record_entries", soci::into(description);
    return description;
  });
  EXPECT_EQ(stored.find("cholest"), std::string::npos);
  EXPECT_GT(stored.size(), 40u);
}

TEST_P(MedicalRecordsApiTest, TheAccessLogListsWhoReadAndChangedThePatientsDataAndNothingOfOthers) {
  const auto record = first_entry(testing::pdf_of_size(1000));
  const auto record_id = text(record.at("_id"));
  ASSERT_EQ(call(ann_, "POST", "/api/v1/medical-records/" + record_id + "/share",
                 object{{"doctorId", second_doctor_.id}})
                .status,
            200);
  EXPECT_EQ(call(second_doctor_, "GET", "/api/v1/medical-records/" + record_id).status, 200);
  EXPECT_EQ(server_.client().get("/api/v1/files/" + first_file_of(record), second_doctor_.token).status, 200);
  EXPECT_EQ(call(doctor_, "GET", "/api/v1/patients/" + ann_.id).status, 200);
  EXPECT_EQ(call(bob_, "GET", "/api/v1/patients/me").status, 200);

  auto log = call(ann_, "GET", "/api/v1/patients/me/access-log?limit=50");
  ASSERT_EQ(log.status, 200) << log.body;
  std::vector<std::string> seen;
  const auto log_page = log.json();
  for (const auto& entry : log_page.at("entries").as_array()) {
    seen.push_back(text(entry.at("actor").at("_id")) + "/" + text(entry.at("actor").at("role")) + " " +
                   text(entry.at("action")));
    EXPECT_FALSE(text(entry.at("actor").at("name")).empty());
    EXPECT_FALSE(entry.as_object().contains("clientAddress")) << "where from is for the operators";
  }
  const std::vector<std::string> expected = {
      doctor_.id + "/doctor patient.read",         second_doctor_.id + "/doctor file.read",
      second_doctor_.id + "/doctor record.read",   ann_.id + "/patient record.share",
      doctor_.id + "/doctor entry.create",
  };
  ASSERT_GE(seen.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(seen[i], expected[i]) << "newest first";
  EXPECT_EQ(call(doctor_, "GET", "/api/v1/patients/me/access-log").error_code(), "not_a_patient");
  EXPECT_EQ(call(bob_, "GET", "/api/v1/patients/me/access-log").json().at("total").as_int64(), 1)
      << "Bob sees his own profile read only";
}

TEST_P(MedicalRecordsApiTest, TheDataExportHoldsEverythingAboutTheCallerAndNoSecret) {
  const auto record = first_entry(testing::pdf_of_size(1000));
  const auto scan = upload_pdf(ann_, testing::pdf_of_size(1500));
  auto exported = call(ann_, "GET", "/api/v1/users/me/export");
  ASSERT_EQ(exported.status, 200) << exported.body;
  EXPECT_NE(exported.header("content-disposition").find("attachment"), std::string::npos);
  const auto document = exported.json().as_object();
  EXPECT_EQ(text(document.at("account").at("email")), "ann@example.com");
  EXPECT_EQ(text(document.at("profile").at("_id")), ann_.id);
  EXPECT_EQ(document.at("appointments").as_array().size(), 2u);
  EXPECT_FALSE(document.at("notifications").as_array().empty());
  EXPECT_EQ(document.at("medicalRecords").as_array().size(), 1u);
  EXPECT_EQ(text(document.at("files").as_array().at(0).at("downloadUrl")), "/api/v1/files/" + scan);

  // Nothing secret: no password, hash, token or key, in any field.
  for (const auto* secret : {"password", "token", "$argon2", "wrapped", "hash\"", ann_.token.c_str()}) {
    EXPECT_EQ(exported.body.find(secret), std::string::npos) << secret;
  }
  auto doctors = call(doctor_, "GET", "/api/v1/users/me/export");
  ASSERT_EQ(doctors.status, 200);
  EXPECT_TRUE(doctors.json().at("medicalRecords").as_array().empty()) << "their patients' records are not theirs";
  EXPECT_EQ(text(doctors.json().at("profile").at("_id")), doctor_.id);
}

INSTANTIATE_TEST_SUITE_P(Backends, MedicalRecordsApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
