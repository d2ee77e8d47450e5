// Teleconsultations over HTTP: booking a video appointment creates its room in the same
// transaction; only its two parties see it; its window follows reschedules and a cancellation
// closes it; ICE servers come with TURN credentials valid until the room closes.
#include <gtest/gtest.h>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <filesystem>
#include <fstream>

#include "booking_fixture.hpp"
#include "event_socket_client.hpp"
#include "sample_files.hpp"
#include "server_process.hpp"
#include "security/hmac.hpp"

namespace medimeet {
namespace {

using namespace std::chrono_literals;
using boost::json::array;
using boost::json::object;
using testing::HttpResult;
using testing::TestAccount;
using testing::text;

testing::TestServerOptions with_turn() {
  return {.adjust = [](app::Config& config) {
    config.turn_urls = "stun:turn.medimeet.test:3478, turn:turn.medimeet.test:3478?transport=udp";
    config.turn_secret = "north-wind";
  }};
}

class TeleconsultationsApiTest : public testing::BookingFixture {
 protected:
  TeleconsultationsApiTest() : BookingFixture(with_turn()) {
    EXPECT_EQ(server_.client()
                  .patch("/api/v1/doctors/me", object{{"consultationModes", array{"inPerson", "video"}}}, doctor_.token)
                  .status,
              200);
    ann_ = patient("ann@example.com");
    bob_ = patient("bob@example.com");
    stranger_doctor_ = server_.register_account("doctor", "dr.petit@example.com");
  }

  // Ann's video appointment on Tuesday 1 December at 09:00Z; returns its id.
  std::string book_video(const std::string& date = "2026-12-01T09:00:00.000Z") {
    auto booked = server_.client().send(
        "POST", "/api/v1/appointments",
        boost::json::serialize(object{{"doctorId", doctor_.id}, {"appointmentDate", date}, {"mode", "video"}}),
        {{"Authorization", "Bearer " + ann_.token}});
    EXPECT_EQ(booked.status, 201) << booked.body;
    return booked.status == 201 ? text(booked.json().at("_id")) : "";
  }
  HttpResult teleconsultation_of(const TestAccount& who, const std::string& appointment_id) {
    return server_.client().get("/api/v1/appointments/" + appointment_id + "/teleconsultation", who.token);
  }

  TestAccount ann_;
  TestAccount bob_;
  TestAccount stranger_doctor_;
};

TEST_P(TeleconsultationsApiTest, BookingAVideoAppointmentCreatesItsRoomForItsTwoPartiesOnly) {
  const auto appointment_id = book_video();
  auto seen = teleconsultation_of(ann_, appointment_id);
  ASSERT_EQ(seen.status, 200) << seen.body;
  const auto document = seen.json();
  const auto id = text(document.at("_id"));
  EXPECT_EQ(text(document.at("appointmentId")), appointment_id);
  EXPECT_EQ(text(document.at("videoLink")), "http://app.medimeet.test/visit/" + id);
  EXPECT_TRUE(document.at("documents").as_array().empty());
  EXPECT_EQ(text(document.at("room").at("state")), "scheduled");
  EXPECT_EQ(text(document.at("room").at("opensAt")), "2026-12-01T08:45:00.000Z");
  EXPECT_EQ(text(document.at("room").at("closesAt")), "2026-12-01T10:30:00.000Z");
  EXPECT_EQ(server_.client().get("/api/v1/teleconsultations/" + id, doctor_.token).status, 200);

  for (const auto* outsider : {&bob_, &stranger_doctor_}) {
    EXPECT_EQ(server_.client().get("/api/v1/teleconsultations/" + id, outsider->token).status, 404);
    EXPECT_EQ(teleconsultation_of(*outsider, appointment_id).status, 404);
    EXPECT_EQ(server_.client().get("/api/v1/teleconsultations/" + id + "/ice-servers", outsider->token).status, 404);
  }
}

TEST_P(TeleconsultationsApiTest, AnAppointmentAtThePracticeHasNoRoom) {
  auto booked = book(ann_, "2026-12-01T09:00:00.000Z");
  ASSERT_EQ(booked.status, 201) << booked.body;
  EXPECT_EQ(text(booked.json().at("mode")), "inPerson");
  EXPECT_EQ(teleconsultation_of(ann_, id_of(booked)).status, 404);
  EXPECT_EQ(server_.count_rows("teleconsultations"), 0);
}

TEST_P(TeleconsultationsApiTest, TheRoomMovesWithARescheduleAndACancellationClosesIt) {
  const auto appointment_id = book_video();
  const auto id = text(teleconsultation_of(ann_, appointment_id).json().at("_id"));
  auto moved = server_.client().post("/api/v1/appointments/" + appointment_id + "/reschedule",
                                     object{{"appointmentDate", "2026-12-02T10:00:00.000Z"}}, ann_.token);
  ASSERT_EQ(moved.status, 200) << moved.body;
  auto after_move = teleconsultation_of(ann_, appointment_id).json();
  EXPECT_EQ(text(after_move.at("_id")), id) << "the same room";
  EXPECT_EQ(text(after_move.at("room").at("opensAt")), "2026-12-02T09:45:00.000Z");

  server_.clock().advance(std::chrono::hours(51) + 50min);  // Wednesday 09:50Z: inside the window
  ann_.token = server_.login(ann_);  // the day-old logins have expired
  doctor_.token = server_.login(doctor_);
  EXPECT_EQ(text(teleconsultation_of(ann_, appointment_id).json().at("room").at("state")), "open");

  ASSERT_EQ(server_.client().post("/api/v1/appointments/" + appointment_id + "/cancel", object{}, doctor_.token).status,
            200);
  auto canceled = teleconsultation_of(ann_, appointment_id);
  ASSERT_EQ(canceled.status, 200) << "the document stays";
  EXPECT_EQ(text(canceled.json().at("room").at("state")), "canceled");
  EXPECT_EQ(server_.client().get("/api/v1/teleconsultations/" + id + "/ice-servers", ann_.token).error_code(),
            "room_closed");
}

TEST_P(TeleconsultationsApiTest, IceServersCarryTurnCredentialsValidUntilTheRoomCloses) {
  const auto id = text(teleconsultation_of(ann_, book_video()).json().at("_id"));
  auto servers = server_.client().get("/api/v1/teleconsultations/" + id + "/ice-servers", ann_.token);
  ASSERT_EQ(servers.status, 200) << servers.body;
  const auto document = servers.json();
  EXPECT_EQ(text(document.at("expiresAt")), "2026-12-01T10:30:00.000Z");
  const auto& list = document.at("iceServers").as_array();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(boost::json::serialize(list[0]), R"({"urls":["stun:turn.medimeet.test:3478"]})") << "STUN needs no secret";
  const auto& turn = list[1].as_object();
  EXPECT_EQ(text(turn.at("urls").as_array().at(0)), "turn:turn.medimeet.test:3478?transport=udp");
  const auto username = text(turn.at("username"));
  const auto expiry = std::to_string(std::chrono::duration_cast<std::chrono::seconds>(
                                         parse_iso8601("2026-12-01T10:30:00Z")->time_since_epoch())
                                         .count());
  EXPECT_EQ(username, expiry + ":" + ann_.id);
  EXPECT_EQ(text(turn.at("credential")), security::hmac_sha1_base64("north-wind", username));

  server_.clock().advance(std::chrono::hours(28) + 30min);  // Tuesday 10:30Z: closed
  ann_.token = server_.login(ann_);
  EXPECT_EQ(server_.client().get("/api/v1/teleconsultations/" + id + "/ice-servers", ann_.token).error_code(),
            "room_closed");
}

TEST_P(TeleconsultationsApiTest, ReadingATeleconsultationIsInThePatientsAccessLog) {
  const auto id = text(teleconsultation_of(ann_, book_video()).json().at("_id"));
  ASSERT_EQ(server_.client().get("/api/v1/teleconsultations/" + id, doctor_.token).status, 200);
  auto log = server_.client().get("/api/v1/patients/me/access-log", ann_.token);
  ASSERT_EQ(log.status, 200);
  const auto entries = log.json().at("entries").as_array();
  ASSERT_FALSE(entries.empty());
  EXPECT_EQ(text(entries[0].at("action")), "teleconsultation.read");
  EXPECT_EQ(text(entries[0].at("actor").at("_id")), doctor_.id);
}

TEST_P(TeleconsultationsApiTest, EitherPartyAttachesTheirDocumentsWhichTheOtherReadsAndNobodyElse) {
  const auto id = text(teleconsultation_of(ann_, book_video()).json().at("_id"));
  const auto documents = "/api/v1/teleconsultations/" + id + "/documents";
  auto post_document = [&](const TestAccount& who, const std::string& file_id) {
    return server_.client().send("POST", documents, boost::json::serialize(object{{"fileId", file_id}}),
                                 {{"Authorization", "Bearer " + who.token}});
  };
  const auto pdf = testing::pdf_of_size(4000);
  const auto letter = text(testing::upload(server_.client(), doctor_, pdf, "application/pdf", "courrier.pdf").json().at("_id"));
  const auto bobs = text(testing::upload(server_.client(), bob_, pdf, "application/pdf", "b.pdf").json().at("_id"));

  testing::EventSocketClient ann_socket(server_.base_url(), testing::ticket_target(server_.base_url(), ann_.token));
  EXPECT_EQ(server_.client().get("/api/v1/files/" + letter, ann_.token).status, 404) << "not hers yet";
  auto added = post_document(doctor_, letter);
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(text(added.json().at("documents").as_array().at(0).at("name")), "courrier.pdf");
  EXPECT_EQ(text(added.json().at("documents").as_array().at(0).at("addedBy")), doctor_.id);
  EXPECT_TRUE(ann_socket.next_event("teleconsultation.updated")) << "the patient's page learns at once";
  const auto read = server_.client().get("/api/v1/files/" + letter, ann_.token);
  EXPECT_EQ(read.status, 200);
  EXPECT_EQ(read.body, pdf);
  EXPECT_EQ(post_document(doctor_, letter).status, 201) << "twice: the same";

  EXPECT_EQ(post_document(ann_, bobs).error_code(), "file_not_yours");
  EXPECT_EQ(post_document(bob_, bobs).status, 404);
  EXPECT_EQ(server_.client().get("/api/v1/files/" + letter, bob_.token).status, 404);
  EXPECT_EQ(server_.client().get("/api/v1/files/" + letter, stranger_doctor_.token).status, 404);
  EXPECT_EQ(post_document(doctor_, "nope").problem_code("fileId"), "not_an_id");

  EXPECT_EQ(server_.client().send("DELETE", documents + "/" + letter, "", {{"Authorization", "Bearer " + ann_.token}})
                .error_code(),
            "not_document_owner");
  EXPECT_EQ(
      server_.client().send("DELETE", documents + "/" + letter, "", {{"Authorization", "Bearer " + doctor_.token}}).status,
      204);
  EXPECT_EQ(server_.client().get("/api/v1/files/" + letter, ann_.token).status, 404) << "removed: hers no more";
  EXPECT_EQ(server_.client().get("/api/v1/teleconsultations/" + id, ann_.token).json().at("documents").as_array().size(),
            0u);
}

// Runs a shell command, returning what it printed.
std::string output_of(const std::string& command) {
  std::string output;
  testing::run_command(command, output);
  return output;
}

TEST_P(TeleconsultationsApiTest, TheDoctorPrescribesOnceTheRoomOpensAndThePdfIsGenuineAndReadable) {
  const auto id = text(teleconsultation_of(ann_, book_video()).json().at("_id"));
  const auto path = "/api/v1/teleconsultations/" + id + "/prescription";
  const object prescription{
      {"items", array{object{{"medication", "Amoxicilline 1 g"},
                             {"dosage", "1 comprimé"},
                             {"frequency", "matin et soir"},
                             {"duration", "7 jours"}},
                      object{{"medication", "Paracétamol 500 mg"}, {"instructions", "si fièvre, à espacer de 6 h"}}}},
      {"notes", "Revoir si pas d'amélioration."}};
  auto put = [&](const TestAccount& who, const object& body) {
    return server_.client().send("PUT", path, boost::json::serialize(body), {{"Authorization", "Bearer " + who.token}});
  };
  EXPECT_EQ(put(doctor_, prescription).error_code(), "room_not_open") << "Monday 06:00Z: the room opens Tuesday 08:45Z";
  server_.clock().advance(std::chrono::hours(26) + 50min);  // Tuesday 08:50Z
  ann_.token = server_.login(ann_);
  doctor_.token = server_.login(doctor_);
  bob_.token = server_.login(bob_);
  stranger_doctor_.token = server_.login(stranger_doctor_);
  EXPECT_EQ(put(doctor_, prescription).error_code(), "rpps_number_missing");
  ASSERT_EQ(server_.client()
                .patch("/api/v1/doctors/me",
                       object{{"rppsNumber", "10003456786"},
                              {"address", object{{"street", "12 rue de la Santé"},
                                                 {"postcode", "75013"},
                                                 {"city", "Paris"},
                                                 {"country", "FR"}}}},
                       doctor_.token)
                .status,
            200);
  EXPECT_EQ(put(ann_, prescription).error_code(), "not_a_doctor");
  EXPECT_EQ(put(stranger_doctor_, prescription).status, 404);
  EXPECT_EQ(put(doctor_, object{{"items", array{}}}).problem_code("items"), "empty");
  EXPECT_EQ(put(doctor_, object{{"items", array{object{{"dosage", "1"}}}}}).problem_code("items.0.medication"), "required");

  auto written = put(doctor_, prescription);
  ASSERT_EQ(written.status, 200) << written.body;
  const auto document = written.json();
  EXPECT_EQ(document.at("prescriptionItems").as_array().size(), 2u);
  EXPECT_NE(text(document.at("prescription")).find("Amoxicilline 1 g — 1 comprimé — matin et soir — 7 jours"),
            std::string::npos)
      << "the seed's string holds the rendered text";
  EXPECT_EQ(text(server_.client().get("/api/v1/teleconsultations/" + id, ann_.token).json().at("prescriptionNotes")),
            "Revoir si pas d'amélioration.");

  auto pdf = server_.client().get(path + ".pdf", ann_.token);
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_EQ(pdf.header("content-type"), "application/pdf");
  EXPECT_EQ(server_.client().get(path + ".pdf", bob_.token).status, 404);
  const auto directory = std::string(::testing::TempDir()) + "/prescription-" + id;
  std::filesystem::create_directories(directory);
  {
    std::ofstream file(directory + "/ordonnance.pdf", std::ios::binary);
    file << pdf.body;
  }
  // (libharu 2.3's ToUnicode maps draw a warning from poppler, which reads them right all the same.)
  const auto text_of_pdf = output_of("pdftotext -layout '" + directory + "/ordonnance.pdf' - 2>/dev/null");
  const auto patient_name = text(server_.client().get("/api/v1/users/me", ann_.token).json().at("name"));
  for (const std::string& expected : std::vector<std::string>{"Dr Hélène Durand", "Cardiologie", "10003456786", "12 rue de la Santé", "75013 Paris",
                               "Patient : " + patient_name, "Amoxicilline 1 g", "matin et soir", "Paracétamol 500 mg",
                               "si fièvre, à espacer de 6 h", "Revoir si pas d'amélioration.", "01/12/2026"}) {
    EXPECT_NE(text_of_pdf.find(expected), std::string::npos) << expected << " in:\n" << text_of_pdf;
  }
  output_of("pdftoppm -png -r 150 -singlefile '" + directory + "/ordonnance.pdf' '" + directory + "/page' 2>&1");
  const auto decoded = output_of("zbarimg --raw -q '" + directory + "/page.png' 2>/dev/null");
  const std::string prefix = "http://app.medimeet.test/verify-prescription/";
  ASSERT_EQ(decoded.rfind(prefix, 0), 0u) << decoded;
  auto code = decoded.substr(prefix.size());
  while (!code.empty() && std::isspace(static_cast<unsigned char>(code.back()))) code.pop_back();

  auto verified = server_.client().get("/api/v1/prescriptions/verify/" + code);
  ASSERT_EQ(verified.status, 200) << verified.body;
  const auto check = verified.json();
  EXPECT_EQ(text(check.at("prescriber").at("rppsNumber")), "10003456786");
  EXPECT_EQ(text(check.at("items").as_array().at(0).at("medication")), "Amoxicilline 1 g");
  EXPECT_EQ(text(check.at("patientInitials")), "T. p.") << "of the patient \"" << patient_name << "\", their initials";
  EXPECT_EQ(verified.body.find("ann@example.com"), std::string::npos) << "nothing else of the patient";
  EXPECT_EQ(verified.body.find(ann_.id), std::string::npos);
  EXPECT_EQ(server_.client().get("/api/v1/prescriptions/verify/not-a-code").status, 404);

  // Rewritten, it keeps its code: the printed QR code still verifies the current version. The
  // "" the server writes for a field left out may come back as it is.
  auto rewritten =
      put(doctor_, object{{"items", array{object{{"medication", "Ibuprofène 400 mg"}, {"dosage", ""}}}}, {"notes", " "}});
  ASSERT_EQ(rewritten.status, 200);
  EXPECT_EQ(text(server_.client().get("/api/v1/prescriptions/verify/" + code).json().at("items").as_array().at(0).at(
                "medication")),
            "Ibuprofène 400 mg");
}

INSTANTIATE_TEST_SUITE_P(Backends, TeleconsultationsApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
