// What a video consultation's papers tell its parties: the patient is notified of their
// prescription when it is written and again when it is rewritten, and each side of a document
// the other attached — in the app, by email through the outbox, and on the event socket, in
// their language — without the medication or the document's name leaving the app.
#include <gtest/gtest.h>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "booking_fixture.hpp"
#include "event_socket_client.hpp"
#include "sample_files.hpp"

namespace medimeet {
namespace {

using namespace std::chrono_literals;
using boost::json::array;
using boost::json::object;
using testing::HttpResult;
using testing::TestAccount;
using testing::text;

class ConsultationNoticesApiTest : public testing::BookingFixture {
 protected:
  ConsultationNoticesApiTest() : BookingFixture({.smtp = true}) {
    EXPECT_EQ(server_.client()
                  .patch("/api/v1/doctors/me",
                         object{{"consultationModes", array{"inPerson", "video"}}, {"rppsNumber", "10003456786"}},
                         doctor_.token)
                  .status,
              200);
    ann_ = patient("ann@example.com");
    EXPECT_EQ(server_.client().patch("/api/v1/users/me", object{{"language", "fr"}}, ann_.token).status, 200);
    auto booked = server_.client().send(
        "POST", "/api/v1/appointments",
        boost::json::serialize(
            object{{"doctorId", doctor_.id}, {"appointmentDate", "2026-11-30T09:00:00.000Z"}, {"mode", "video"}}),
        {{"Authorization", "Bearer " + ann_.token}});
    EXPECT_EQ(booked.status, 201) << booked.body;
    const auto room = server_.client().get("/api/v1/appointments/" + id_of(booked) + "/teleconsultation", ann_.token);
    teleconsultation_id_ = text(room.json().at("_id"));
    server_.clock().advance(2h + 50min);  // Monday 08:50Z: the room of 09:00Z is open
  }

  HttpResult prescribe(const std::string& medication) {
    return server_.client().send(
        "PUT", "/api/v1/teleconsultations/" + teleconsultation_id_ + "/prescription",
        boost::json::serialize(object{{"items", array{object{{"medication", medication}}}}}),
        {{"Authorization", "Bearer " + doctor_.token}});
  }
  HttpResult attach(const TestAccount& who, const std::string& name) {
    const auto file = testing::upload(server_.client(), who, testing::pdf_of_size(2000), "application/pdf", name);
    return server_.client().send("POST", "/api/v1/teleconsultations/" + teleconsultation_id_ + "/documents",
                                 boost::json::serialize(object{{"fileId", text(file.json().at("_id"))}}),
                                 {{"Authorization", "Bearer " + who.token}});
  }
  // The user's notifications of `type`, newest first.
  std::vector<object> notifications_of(const TestAccount& who, const std::string& type) {
    const auto listed = server_.client().get("/api/v1/notifications", who.token);
    EXPECT_EQ(listed.status, 200) << listed.body;
    const auto document = listed.json();
    std::vector<object> found;
    for (const auto& notification : document.at("notifications").as_array()) {
      if (text(notification.at("type")) == type) found.push_back(notification.as_object());
    }
    return found;
  }

  TestAccount ann_;
  std::string teleconsultation_id_;
};

TEST_P(ConsultationNoticesApiTest, ThePatientIsToldOfTheirPrescriptionInTheAppByEmailAndOnTheSocket) {
  testing::EventSocketClient socket(server_.base_url(), testing::ticket_target(server_.base_url(), ann_.token));
  ASSERT_EQ(prescribe("Paracétamol 500 mg").status, 200);

  const auto issued = notifications_of(ann_, "prescriptionIssued");
  ASSERT_EQ(issued.size(), 1u);
  const auto message = text(issued[0].at("message"));
  EXPECT_NE(message.find("Dr Hélène Durand a rédigé votre ordonnance"), std::string::npos) << message;
  EXPECT_EQ(message.find("Paracétamol"), std::string::npos) << "the medication stays in the app";
  EXPECT_EQ(text(issued[0].at("appointmentId")), text(server_.client()
                                                          .get("/api/v1/teleconsultations/" + teleconsultation_id_,
                                                               ann_.token)
                                                          .json()
                                                          .at("appointmentId")));
  EXPECT_TRUE(notifications_of(doctor_, "prescriptionIssued").empty()) << "the doctor wrote it";
  EXPECT_TRUE(socket.next_event("notification.created")) << "her open page learns at once";

  const auto emails = emails_about("ann@example.com", "Votre ordonnance est prête");
  ASSERT_EQ(emails.size(), 1u);
  EXPECT_NE(emails[0].body.find("/visit/" + teleconsultation_id_), std::string::npos) << emails[0].body;
  EXPECT_EQ(emails[0].body.find("Paracétamol"), std::string::npos);
  EXPECT_EQ(emails[0].html.find("Paracétamol"), std::string::npos);

  ASSERT_EQ(prescribe("Ibuprofène 400 mg").status, 200);
  EXPECT_EQ(notifications_of(ann_, "prescriptionUpdated").size(), 1u) << "a rewrite is an update";
  EXPECT_EQ(notifications_of(ann_, "prescriptionIssued").size(), 1u);
  EXPECT_EQ(emails_about("ann@example.com", "Votre ordonnance a été modifiée").size(), 1u);
}

TEST_P(ConsultationNoticesApiTest, EachSideIsToldOfADocumentTheOtherAttachedButNotOfItsName) {
  ASSERT_EQ(attach(doctor_, "compte-rendu-cardiologie.pdf").status, 201);
  const auto for_ann = notifications_of(ann_, "documentAdded");
  ASSERT_EQ(for_ann.size(), 1u);
  EXPECT_NE(text(for_ann[0].at("message")).find("Dr Hélène Durand a ajouté un document"), std::string::npos);
  EXPECT_EQ(text(for_ann[0].at("message")).find("compte-rendu"), std::string::npos);
  const auto emails = emails_about("ann@example.com", "Un nouveau document pour votre consultation");
  ASSERT_EQ(emails.size(), 1u);
  EXPECT_EQ(emails[0].body.find("compte-rendu"), std::string::npos);
  EXPECT_TRUE(notifications_of(doctor_, "documentAdded").empty());

  ASSERT_EQ(attach(ann_, "analyses.pdf").status, 201);
  const auto for_doctor = notifications_of(doctor_, "documentAdded");
  ASSERT_EQ(for_doctor.size(), 1u);
  EXPECT_NE(text(for_doctor[0].at("message")).find("Test patient added a document"), std::string::npos)
      << text(for_doctor[0].at("message"));
  EXPECT_EQ(notifications_of(ann_, "documentAdded").size(), 1u) << "not told of her own";
}

TEST_P(ConsultationNoticesApiTest, ARefusedChangeNotifiesNoOne) {
  const auto patient_prescribing = server_.client().send(
      "PUT", "/api/v1/teleconsultations/" + teleconsultation_id_ + "/prescription",
      boost::json::serialize(object{{"items", array{object{{"medication", "X"}}}}}),
      {{"Authorization", "Bearer " + ann_.token}});
  EXPECT_EQ(patient_prescribing.status, 403);
  EXPECT_EQ(prescribe("").status, 400);
  const auto bobs = patient("bob@example.com");
  EXPECT_EQ(attach(bobs, "b.pdf").status, 404);
  EXPECT_TRUE(notifications_of(ann_, "prescriptionIssued").empty());
  EXPECT_TRUE(notifications_of(ann_, "documentAdded").empty());
  EXPECT_TRUE(notifications_of(doctor_, "documentAdded").empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, ConsultationNoticesApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
