// MongoDB export and import (`medimeet export|import --format mongodb`): a clinic's data, made
// through the API in every collection, is exported as mongoimport reads it (checked by MongoDB's
// own bson.json_util), imported into an empty database and exported again byte for byte; an
// import with a bad document changes nothing and says where each problem is; and a dump of the
// original Node.js MediMeet imports, its users logging in with their old passwords.
#include <gtest/gtest.h>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "booking_fixture.hpp"
#include "fake_stripe.hpp"
#include "sample_files.hpp"
#include "server_process.hpp"
#include "test_database.hpp"

namespace medimeet {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using boost::json::array;
using boost::json::object;
using testing::HttpResult;
using testing::TestAccount;
using testing::text;

const fs::path kOriginalDump = fs::path(MEDIMEET_SOURCE_DIR) / "tests/api/app/original_medimeet_dump";

// Every file of `directory` by name, with its bytes.
std::map<std::string, std::string> files_in(const fs::path& directory) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::directory_iterator(directory)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    files[entry.path().filename().string()] = bytes.str();
  }
  return files;
}

void write_file(const fs::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

struct WithFakeStripe {
  explicit WithFakeStripe(std::function<TimePoint()> now) : stripe(std::move(now)) {}
  testing::FakeStripe stripe;
};

testing::TestServerOptions clinic_options(const WithFakeStripe& providers) {
  return {.adjust = [stripe = providers.stripe.api_url()](app::Config& config) {
    config.stripe_secret_key = testing::FakeStripe::kSecretKey;
    config.stripe_webhook_secret = testing::FakeStripe::kWebhookSecret;
    config.stripe_api_url = stripe;
    config.turn_urls = "stun:turn.medimeet.test:3478";
    config.turn_secret = "north-wind";
  }};
}

class MongodbExchangeTest : protected WithFakeStripe, public testing::BookingFixture {
 protected:
  MongodbExchangeTest()
      : WithFakeStripe([this] { return server_.clock().now(); }), BookingFixture(clinic_options(*this)) {}

  HttpResult call(const TestAccount& who, const std::string& method, const std::string& path, const object& body) {
    return server_.client().send(method, path, boost::json::serialize(body), {{"Authorization", "Bearer " + who.token}});
  }
  void expect_status(const HttpResult& result, int status, int line = __builtin_LINE()) {
    EXPECT_EQ(result.status, status) << "line " << line << ": " << result.body;
  }
  std::string uploaded(const TestAccount& who, const std::string& name) {
    const auto result = testing::upload(server_.client(), who, testing::pdf_of_size(3000), "application/pdf", name);
    EXPECT_EQ(result.status, 201) << result.body;
    return text(result.json().at("_id"));
  }
  void log_in_again(std::initializer_list<TestAccount*> accounts) {
    for (auto* account : accounts) account->token = server_.login(*account);
  }

  // A week of a practice through the API, so that every collection has documents, with the
  // additions (visit reasons, time off, a prescription, files, a review, a pending payment) too.
  void run_a_clinic() {
    expect_status(server_.client().patch("/api/v1/doctors/me",
                                          object{{"consultationModes", array{"inPerson", "video"}},
                                                 {"rppsNumber", "10003456786"},
                                                 {"address", object{{"street", "12 rue de la Santé"},
                                                                    {"postcode", "75013"},
                                                                    {"city", "Paris"},
                                                                    {"country", "FR"}}}},
                                          doctor_.token),
                  200);
    expect_status(server_.client().post("/api/v1/doctors/me/time-off",
                                        object{{"start", "2026-12-03T23:00:00.000Z"},
                                               {"end", "2026-12-04T23:00:00.000Z"},
                                               {"reason", "Congrès"}},
                                        doctor_.token),
                  201);
    auto ann = patient("ann@example.com");
    auto bob = patient("bob@example.com");
    expect_status(server_.client().patch(
                      "/api/v1/patients/me",
                      object{{"personalInfo", object{{"firstName", "Ann"}, {"bloodType", "O+"}}},
                             {"dateOfBirth", "1950-05-17"},
                             {"gender", "female"},
                             {"address", "3 rue de la Paix, Paris"},
                             {"medicalHistory", array{object{{"condition", "Asthme"}, {"diagnosisDate", "1962-09-01"}}}}},
                      ann.token),
                  200);

    const auto monday = book(ann, "2026-11-30T09:00:00.000Z", "Douleur au genou");  // before any visit reason
    expect_status(monday, 201);
    const auto at_the_practice = reason_id(object{{"name", "Première consultation"}, {"durationMinutes", 30}, {"price", 45}});
    video_reason_ = reason_id(object{{"name", "Téléconsultation"}, {"durationMinutes", 20}, {"mode", "video"}});
    expect_status(book_for(ann, "2026-12-01T09:00:00.000Z", at_the_practice), 201);
    const auto canceled = book_for(ann, "2026-12-03T09:00:00.000Z", at_the_practice);
    expect_status(canceled, 201);
    expect_status(call(ann, "POST", "/api/v1/appointments/" + id_of(canceled) + "/cancel", object{{"reason", "Empêchée"}}),
                  200);
    const auto video = book_for(bob, "2026-12-01T10:00:00.000Z", video_reason_);
    expect_status(video, 201);
    expect_status(call(ann, "POST", "/api/v1/messages", object{{"receiverId", doctor_.id}, {"content", "Bonjour, à jeun ?"}}),
                  201);
    expect_status(call(doctor_, "POST", "/api/v1/messages", object{{"receiverId", ann.id}, {"content", "Non, inutile."}}),
                  201);
    expect_status(call(doctor_, "POST", "/api/v1/patients/" + ann.id + "/medical-record/entries",
                       object{{"date", "2026-11-28"},
                              {"description", "Bilan sanguin : cholestérol élevé."},
                              {"attachments", array{uploaded(doctor_, "bilan.pdf")}}}),
                  201);
    const auto teleconsultation =
        text(server_.client().get("/api/v1/appointments/" + id_of(video) + "/teleconsultation", bob.token).json().at("_id"));
    expect_status(call(doctor_, "POST", "/api/v1/teleconsultations/" + teleconsultation + "/documents",
                       object{{"fileId", uploaded(doctor_, "courrier.pdf")}}),
                  201);

    server_.clock().set(at("2026-11-30T12:00:00.000Z"));
    log_in_again({&ann, &bob, &doctor_});
    expect_status(server_.client().post_empty("/api/v1/appointments/" + id_of(monday) + "/complete", doctor_.token), 200);
    expect_status(call(ann, "POST", "/api/v1/reviews",
                       object{{"appointmentId", id_of(monday)}, {"rating", 4}, {"comment", "Très à l'écoute."}}),
                  201);

    server_.clock().set(at("2026-12-01T09:50:00.000Z"));  // Bob's room is open
    log_in_again({&ann, &bob, &doctor_});
    expect_status(call(doctor_, "PUT", "/api/v1/teleconsultations/" + teleconsultation + "/prescription",
                       object{{"items", array{object{{"medication", "Amoxicilline 1 g"}, {"dosage", "1 comprimé"}}}}}),
                  200);
    expect_status(server_.client().patch("/api/v1/doctors/me", object{{"prepayment", "video"}}, doctor_.token), 200);
    expect_status(book_for(ann, "2026-12-02T09:00:00.000Z", video_reason_), 201);
  }

  std::string reason_id(const object& reason) {
    const auto added = server_.client().post("/api/v1/doctors/me/visit-reasons", reason, doctor_.token);
    expect_status(added, 201);
    return added.status == 201 ? text(added.json().at("_id")) : "";
  }
  HttpResult book_for(const TestAccount& who, const std::string& date, const std::string& reason) {
    return call(who, "POST", "/api/v1/appointments",
                object{{"doctorId", doctor_.id}, {"appointmentDate", date}, {"reasonId", reason}});
  }

  std::string video_reason_;
};

TEST_P(MongodbExchangeTest, AnExportIsWhatMongoimportReadsAndImportedIntoAnEmptyDatabaseItExportsTheSameBytes) {
  run_a_clinic();
  const fs::path first = fs::path(testing::temporary_directory()) / "first";
  const auto counts = server_.app().export_mongodb(first);
  ASSERT_EQ(counts.size(), 10u);
  for (const auto& [collection, documents] : counts) EXPECT_GT(documents, 0) << collection << " has documents";
  const auto exported = files_in(first);
  ASSERT_EQ(exported.size(), 10u) << "one file per collection, nothing left beside them";
  EXPECT_EQ(fs::status(first / "patients.json").permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write);
  EXPECT_EQ(exported.at("users.json").find("argon2"), std::string::npos) << "no password hash";

  std::string checked;
  EXPECT_EQ(testing::run_command(
                "/usr/bin/python3 " MEDIMEET_SOURCE_DIR "/tests/api/app/check_mongodb_export.py " + first.string() + " 2>&1",
                checked),
            0)
      << checked;

  // Another instance, empty, its clock where this one's is (so that nothing falls due on import).
  testing::TestServer elsewhere(GetParam(), {.start_at = server_.clock().now()});
  const auto imported = elsewhere.app().import_mongodb(first);
  ASSERT_TRUE(imported.imported()) << imported.problems.front().file << ":" << imported.problems.front().line << ": "
                                   << imported.problems.front().field << ": " << imported.problems.front().message;
  EXPECT_EQ(imported.documents, counts);
  const fs::path second = fs::path(testing::temporary_directory()) / "second";
  elsewhere.app().export_mongodb(second);
  const auto exported_again = files_in(second);
  for (const auto& [name, bytes] : exported) {
    EXPECT_EQ(exported_again.at(name), bytes) << name << " differs after a round trip";
  }

  // What the import made works: the doctor's page, the slots it derives from, the rating.
  const auto page = elsewhere.client().get("/api/v1/doctors/" + doctor_.id);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_EQ(page.json().at("averageRating").to_number<double>(), 4.0);
  EXPECT_EQ(elsewhere.client().get("/api/v1/doctors/" + doctor_.id + "/slots?from=2026-12-07&to=2026-12-07").status, 200);
  // The doctor asks for prepayment of video visits, which that instance, with no payment method
  // set up, cannot take: the booking asks for none until one is.
  auto carol = elsewhere.register_account("patient", "carol@example.com");
  elsewhere.verify_email(carol.id);
  const auto booked = elsewhere.client().send(
      "POST", "/api/v1/appointments",
      boost::json::serialize(
          object{{"doctorId", doctor_.id}, {"appointmentDate", "2026-12-02T10:00:00.000Z"}, {"reasonId", video_reason_}}),
      {{"Authorization", "Bearer " + carol.token}});
  ASSERT_EQ(booked.status, 201) << booked.body;
  EXPECT_EQ(elsewhere.client().get("/api/v1/appointments/" + text(booked.json().at("_id")) + "/payment", carol.token).status,
            404);
}

TEST_P(MongodbExchangeTest, AnImportWithABadDocumentChangesNothingAndSaysWhereEachProblemIs) {
  const fs::path dump = testing::temporary_directory();
  fs::copy(kOriginalDump, dump, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  // Line 2 of patients.json: a user who is a doctor, and a date that is none; appointments.json
  // line 2 names a patient nobody has.
  std::ifstream in(kOriginalDump / "patients.json");
  std::string first_patient;
  std::getline(in, first_patient);
  write_file(dump / "patients.json",
             first_patient + "\n\n" +
                 R"({"_id":{"$oid":"5f8d0a1b2c3d4e5f6a7b8c02"},"dateOfBirth":"someday","personalInfo":{},"medicalHistory":[]})" +
                 "\n");
  std::string appointments;
  {
    std::ifstream source(kOriginalDump / "appointments.json");
    std::string line;
    int number = 0;
    while (std::getline(source, line)) {
      if (++number == 2) line.replace(line.find("5f8d0a1b2c3d4e5f6a7b8c01"), 24, "5f8d0a1b2c3d4e5f6a7b8cff");
      appointments += line + "\n";
    }
  }
  write_file(dump / "appointments.json", appointments);

  testing::TestServer empty(GetParam());
  const auto result = empty.app().import_mongodb(dump);
  EXPECT_FALSE(result.imported());
  std::map<std::string, std::string> problems;
  for (const auto& problem : result.problems) {
    problems[problem.file + ":" + std::to_string(problem.line) + ": " + problem.field] = problem.message;
  }
  EXPECT_TRUE(problems.contains("patients.json:3: _id")) << "a doctor's id; line 2 is blank";
  EXPECT_TRUE(problems.contains("patients.json:3: dateOfBirth"));
  EXPECT_TRUE(problems.contains("appointments.json:2: patientId"));
  EXPECT_EQ(problems.size(), 3u) << [&] {
    std::string all;
    for (const auto& [where, message] : problems) all += where + ": " + message + "\n";
    return all;
  }();
  EXPECT_EQ(result.ignored_files, std::vector<std::string>{"sessions.json"});
  for (const auto* table : {"users", "patients", "doctors", "appointments", "files", "medical_records"}) {
    EXPECT_EQ(empty.count_rows(table), 0) << table << ": nothing was written";
  }
  EXPECT_THROW(server_.app().import_mongodb(kOriginalDump), std::runtime_error) << "a database with accounts";
}

TEST_P(MongodbExchangeTest, TheOriginalAppsDumpImportsAndItsUsersLogInWithTheirOldPasswords) {
  testing::TestServer clinic(GetParam(), {.start_at = at("2026-12-07T08:00:00.000Z")});
  const auto result = clinic.app().import_mongodb(kOriginalDump);
  ASSERT_TRUE(result.imported()) << result.problems.front().file << ":" << result.problems.front().line << ": "
                                 << result.problems.front().field << ": " << result.problems.front().message;

  auto login = [&](const std::string& email, const std::string& password) {
    return clinic.client().post("/api/v1/auth/login", object{{"email", email}, {"password", password}});
  };
  EXPECT_EQ(login("camille.martin@example.fr", "not her password").status, 401);
  const auto camille = login("camille.martin@example.fr", "motdepasse-patient");
  ASSERT_EQ(camille.status, 200) << camille.body;
  EXPECT_EQ(clinic.query_text("SELECT password FROM users WHERE id = :id", "5f8d0a1b2c3d4e5f6a7b8c01").substr(0, 10),
            "$argon2id$")
      << "the bcrypt hash was replaced at the first login";
  EXPECT_EQ(login("camille.martin@example.fr", "motdepasse-patient").status, 200);
  const auto camille_token = text(camille.json().at("token"));
  const auto me = clinic.client().get("/api/v1/users/me", camille_token).json();
  EXPECT_EQ(text(me.at("phone")), "+33612345678");
  EXPECT_EQ(text(me.at("language")), "fr");
  EXPECT_EQ(text(clinic.client().get("/api/v1/patients/me", camille_token).json().at("gender")), "female");
  EXPECT_EQ(clinic.client().get("/api/v1/appointments", camille_token).json().at("appointments").as_array().size(), 2u);
  EXPECT_EQ(text(clinic.client().get("/api/v1/appointments/5f8d0a1b2c3d4e5f6a7b8f01", camille_token).json().at("mode")),
            "video")
      << "the original app's teleconsultation was of that appointment";

  const auto lea = login("lea.bernard@example.fr", "motdepasse-patient");
  ASSERT_EQ(lea.status, 200) << lea.body;
  EXPECT_EQ(clinic.client().get("/api/v1/patients/me", text(lea.json().at("token"))).status, 200)
      << "a patient without a Patients document has an empty profile";

  const auto doctor = login("julien.moreau@example.fr", "motdepasse-docteur");
  ASSERT_EQ(doctor.status, 200) << doctor.body;
  const auto doctor_token = text(doctor.json().at("token"));
  const auto profile = clinic.client().get("/api/v1/doctors/me", doctor_token).json();
  EXPECT_EQ(text(profile.at("specialty")), "cardiology") << "the free text mapped to the catalogue";
  EXPECT_EQ(profile.at("availability").as_array().size(), 2u);
  const auto record = clinic.client().get("/api/v1/patients/5f8d0a1b2c3d4e5f6a7b8c01/medical-record", doctor_token);
  ASSERT_EQ(record.status, 200) << record.body;
  const auto entry = record.json().at("records").as_array().at(0);
  EXPECT_EQ(text(entry.at("description")), "Spirométrie normale. Poursuivre le traitement de fond.");
  const auto attachments = entry.at("attachments").as_array();
  ASSERT_EQ(attachments.size(), 2u);
  EXPECT_EQ(text(attachments.at(1).at("name")), "radio-thorax.png");
  EXPECT_EQ(clinic.client().get("/api/v1/files/" + text(attachments.at(0).at("_id")), doctor_token).error_code(),
            "file_content_missing");
  EXPECT_EQ(clinic.client().get("/api/v1/doctors/5f8d0a1b2c3d4e5f6a7b8c02/reviews").json().at("reviews").as_array().size(),
            1u);
  EXPECT_EQ(clinic.client().get("/api/v1/appointments/5f8d0a1b2c3d4e5f6a7b8f01/review", camille_token).status, 200)
      << "a review that named no appointment is about the completed one, not the later canceled one";
}

TEST_P(MongodbExchangeTest, TheCommandsExportAndImportAndARefusedImportExitsOneNamingTheLines) {
  run_a_clinic();
  const auto& config = server_.app().config();
  const fs::path exported = fs::path(testing::temporary_directory()) / "dump";
  std::string output;
  EXPECT_EQ(testing::run_medimeet({"export", "--format", "mongodb", "--to", exported.string(), "--database",
                                   config.database_url, "--master-key-file", testing::temporary_directory() + "/other.key"},
                                  output),
            1);
  EXPECT_NE(output.find("does not open this database's prescriptions and record entries"), std::string::npos) << output;
  for (const auto& entry : fs::directory_iterator(exported)) {
    EXPECT_NE(entry.path().extension(), ".partial") << "a file cut short is not left behind";
  }
  output.clear();
  ASSERT_EQ(testing::run_medimeet({"export", "--format", "mongodb", "--to", exported.string(), "--database",
                                   config.database_url, "--master-key-file", config.master_key_file},
                                  output),
            0)
      << output;
  EXPECT_NE(output.find("appointments.json: 5 document(s)"), std::string::npos) << output;

  const auto target = testing::fresh_database_url(GetParam());
  const auto key = testing::temporary_directory() + "/master.key";
  write_file(exported / "reviews.json", "{\"rating\": 9}\n");
  output.clear();
  EXPECT_EQ(testing::run_medimeet({"import", "--format", "mongodb", "--from", exported.string(), "--database", target,
                                   "--master-key-file", key},
                                  output),
            1);
  EXPECT_NE(output.find("reviews.json:1: _id: is required"), std::string::npos) << output;
  EXPECT_NE(output.find("nothing imported"), std::string::npos) << output;

  server_.app().export_mongodb(exported);
  output.clear();
  ASSERT_EQ(testing::run_medimeet({"import", "--format", "mongodb", "--from", exported.string(), "--database", target,
                                   "--master-key-file", key},
                                  output),
            0)
      << output;
  EXPECT_NE(output.find("users.json: 3 document(s) imported"), std::string::npos) << output;
}

INSTANTIATE_TEST_SUITE_P(Backends, MongodbExchangeTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
