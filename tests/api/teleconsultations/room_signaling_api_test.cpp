// The video room's signaling over the event socket: the patient waits until the doctor admits
// them, offers, answers and ICE candidates go to the other party alone and only while the room is
// open, a newer tab replaces the older, a closed socket leaves the room, and every refusal is
// said to the socket that asked.
#include <gtest/gtest.h>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "booking_fixture.hpp"
#include "event_socket_client.hpp"

namespace medimeet {
namespace {

using namespace std::chrono_literals;
using boost::json::array;
using boost::json::object;
using testing::EventSocketClient;
using testing::TestAccount;
using testing::text;
using testing::ticket_target;

class RoomSignalingApiTest : public testing::BookingFixture {
 protected:
  RoomSignalingApiTest() {
    EXPECT_EQ(server_.client()
                  .patch("/api/v1/doctors/me", object{{"consultationModes", array{"video"}}}, doctor_.token)
                  .status,
              200);
    ann_ = patient("ann@example.com");
    bob_ = patient("bob@example.com");
    // Monday 30 November 08:30Z (09:30 in Paris): the room opens at 08:15Z.
    auto booked = book(ann_, "2026-11-30T08:30:00.000Z");
    EXPECT_EQ(booked.status, 201) << booked.body;
    appointment_id_ = id_of(booked);
    id_ = text(server_.client()
                   .get("/api/v1/appointments/" + appointment_id_ + "/teleconsultation", ann_.token)
                   .json()
                   .at("_id"));
  }

  std::unique_ptr<EventSocketClient> socket_of(const TestAccount& who) {
    return std::make_unique<EventSocketClient>(server_.base_url(), ticket_target(server_.base_url(), who.token));
  }
  void say(EventSocketClient& socket, const std::string& type, object data = {}) {
    data["teleconsultationId"] = id_;
    socket.send_text(boost::json::serialize(object{{"type", type}, {"data", data}}));
  }
  // The data of the next event of `type` on `socket`, or null after the wait.
  static boost::json::value next(EventSocketClient& socket, const std::string& type,
                                 std::chrono::milliseconds timeout = 5s) {
    auto event = socket.next_event(type, timeout);
    return event ? event->at("data") : boost::json::value(nullptr);
  }
  static std::string refusal(EventSocketClient& socket) {
    auto data = next(socket, "room.refused");
    return data.is_null() ? "none" : text(data.at("reason"));
  }
  void open_the_room() { server_.clock().advance(2h + 20min); }  // 08:20Z

  TestAccount ann_;
  TestAccount bob_;
  std::string appointment_id_;
  std::string id_;
};

TEST_P(RoomSignalingApiTest, ThePatientWaitsTheDoctorAdmitsAndTheyExchangeOffersAloneTogether) {
  auto ann = socket_of(ann_);
  auto doctor = socket_of(doctor_);
  auto bob = socket_of(bob_);

  say(*ann, "room.join");
  auto early = next(*ann, "room.refused");
  ASSERT_FALSE(early.is_null());
  EXPECT_EQ(text(early.at("reason")), "too_early");
  EXPECT_EQ(text(early.at("opensAt")), "2026-11-30T08:15:00.000Z");

  open_the_room();
  say(*ann, "room.join");
  auto joined = next(*ann, "room.joined");
  ASSERT_FALSE(joined.is_null());
  EXPECT_EQ(text(joined.at("role")), "patient");
  EXPECT_FALSE(joined.at("admitted").as_bool());
  auto waiting = next(*doctor, "room.waiting");
  ASSERT_FALSE(waiting.is_null()) << "the doctor's agenda learns the patient waits";
  EXPECT_EQ(text(waiting.at("patient").at("_id")), ann_.id);

  say(*ann, "rtc.offer", {{"sdp", "v=0"}});
  EXPECT_EQ(refusal(*ann), "not_admitted");
  say(*bob, "room.join");
  EXPECT_EQ(refusal(*bob), "not_found");
  say(*doctor, "room.admit");
  EXPECT_EQ(refusal(*doctor), "not_joined");

  say(*doctor, "room.join");
  auto doctor_joined = next(*doctor, "room.joined");
  ASSERT_FALSE(doctor_joined.is_null());
  EXPECT_TRUE(doctor_joined.at("patientWaiting").as_bool());
  EXPECT_FALSE(doctor_joined.at("admitted").as_bool()) << "admitted says whether the patient is in";
  say(*doctor, "rtc.offer", {{"sdp", "v=0"}});
  EXPECT_EQ(refusal(*doctor), "not_admitted") << "nothing of the doctor's network reaches a patient still waiting";
  say(*ann, "room.admit");
  EXPECT_EQ(refusal(*ann), "not_doctor");
  say(*doctor, "room.admit");
  EXPECT_FALSE(next(*ann, "room.admit").is_null());
  EXPECT_FALSE(next(*doctor, "room.admit").is_null());
  say(*doctor, "room.admit");
  EXPECT_EQ(refusal(*doctor), "no_patient_waiting") << "already in";

  say(*doctor, "rtc.offer", {{"sdp", "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\n"}});
  auto offer = next(*ann, "rtc.offer");
  ASSERT_FALSE(offer.is_null());
  EXPECT_EQ(text(offer.at("from")), doctor_.id);
  EXPECT_EQ(text(offer.at("to")), text(joined.at("socketId"))) << "the patient's tab in the room";
  EXPECT_EQ(text(offer.at("sdp")), "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\n");
  say(*ann, "rtc.answer", {{"sdp", "v=0"}});
  EXPECT_EQ(text(next(*doctor, "rtc.answer").at("from")), ann_.id);
  say(*ann, "rtc.ice", {{"candidate", object{{"candidate", "candidate:1 1 udp 1 127.0.0.1 5000 typ host"}, {"sdpMid", "0"}}}});
  EXPECT_EQ(text(next(*doctor, "rtc.ice").at("candidate").at("sdpMid")), "0");
  say(*ann, "rtc.ice", {{"candidate", nullptr}});
  EXPECT_TRUE(next(*doctor, "rtc.ice").at("candidate").is_null()) << "the end of candidates";
  say(*ann, "rtc.offer", {{"sdp", 42}});
  EXPECT_EQ(refusal(*ann), "invalid");

  EXPECT_FALSE(bob->next_event("rtc.offer", 300ms)) << "nothing reaches a third party";
  EXPECT_FALSE(bob->next_event("room.waiting", 100ms));
}

TEST_P(RoomSignalingApiTest, ANewerTabReplacesTheOlderAndAClosedSocketLeavesTheRoom) {
  open_the_room();
  auto doctor = socket_of(doctor_);
  say(*doctor, "room.join");
  ASSERT_FALSE(next(*doctor, "room.joined").is_null());
  auto first_tab = socket_of(ann_);
  say(*first_tab, "room.join");
  const auto first_socket = text(next(*first_tab, "room.joined").at("socketId"));
  say(*doctor, "room.admit");
  ASSERT_FALSE(next(*first_tab, "room.admit").is_null());

  auto second_tab = socket_of(ann_);
  say(*second_tab, "room.join");
  auto joined = next(*second_tab, "room.joined");
  ASSERT_FALSE(joined.is_null());
  EXPECT_TRUE(joined.at("admitted").as_bool()) << "an admitted patient comes back in at once";
  EXPECT_TRUE(joined.at("peerPresent").as_bool());
  EXPECT_NE(text(joined.at("socketId")), first_socket);
  auto replaced = next(*first_tab, "room.replaced");
  ASSERT_FALSE(replaced.is_null());
  EXPECT_EQ(text(replaced.at("socketId")), first_socket);
  EXPECT_EQ(text(next(*doctor, "room.join").at("userId")), ann_.id);
  say(*first_tab, "rtc.answer", {{"sdp", "v=0"}});
  EXPECT_EQ(refusal(*first_tab), "not_joined") << "the replaced tab is out";

  second_tab.reset();  // the tab closes
  auto left = next(*doctor, "room.leave");
  ASSERT_FALSE(left.is_null());
  EXPECT_EQ(text(left.at("userId")), ann_.id);
}

TEST_P(RoomSignalingApiTest, ACanceledAppointmentsRoomNeverOpensAndAClosedRoomRelaysNothing) {
  open_the_room();
  ASSERT_EQ(server_.client().post("/api/v1/appointments/" + appointment_id_ + "/cancel", object{}, doctor_.token).status,
            200);
  auto ann = socket_of(ann_);
  say(*ann, "room.join");
  EXPECT_EQ(refusal(*ann), "canceled");
}

TEST_P(RoomSignalingApiTest, AfterItsWindowTheRoomIsClosed) {
  server_.clock().advance(2h + 30min + 30min + 60min);  // 10:00Z: the end (09:00Z) and an hour
  ann_.token = server_.login(ann_);
  auto ann = socket_of(ann_);
  say(*ann, "room.join");
  EXPECT_EQ(refusal(*ann), "closed");
}

TEST_P(RoomSignalingApiTest, WhatIsNotAMessageIsAnsweredWithAnError) {
  auto ann = socket_of(ann_);
  ann->send_text("hello");
  auto malformed = ann->next_event("error");
  ASSERT_TRUE(malformed);
  EXPECT_EQ(text(malformed->at("data").at("code")), "malformed_message");
  ann->send_text(R"({"type":"chat.send","data":{}})");
  auto unknown = ann->next_event("error");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(text(unknown->at("data").at("code")), "unknown_message_type");
  ann->send_text(R"({"type":"room.join","data":{"teleconsultationId":"nope"}})");
  EXPECT_EQ(refusal(*ann), "not_found");
}

INSTANTIATE_TEST_SUITE_P(Backends, RoomSignalingApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
