// The event socket as clients meet it: tickets, the Origin check, who receives which event,
// sockets closed when their session ends, the per-user cap, and several instances on one
// PostgreSQL.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>

#include <thread>

#include "booking_fixture.hpp"
#include "event_socket_client.hpp"
#include "storage/query.hpp"

namespace medimeet {
namespace {

using namespace std::chrono_literals;
using boost::json::object;
using testing::EventSocketClient;
using testing::text;
using testing::ticket_target;

class EventSocketApiTest : public testing::BookingFixture {
 protected:
  EventSocketApiTest() : BookingFixture({.smtp = true}) {}

  std::unique_ptr<EventSocketClient> socket_of(const std::string& token) {
    return std::make_unique<EventSocketClient>(server_.base_url(), ticket_target(server_.base_url(), token));
  }
  std::unique_ptr<EventSocketClient> socket_with_bearer(const std::string& token) {
    return std::make_unique<EventSocketClient>(server_.base_url(), "/api/v1/events",
                                               EventSocketClient::Headers{{"Authorization", "Bearer " + token}});
  }
  int status_of(const std::string& target, const EventSocketClient::Headers& headers = {}) {
    return EventSocketClient::handshake_status(server_.base_url(), target, headers);
  }
  // The events a socket received until none came for a moment, data by type.
  static std::map<std::string, std::vector<boost::json::value>> received(EventSocketClient& socket) {
    std::map<std::string, std::vector<boost::json::value>> events;
    while (auto frame = socket.next_frame(400ms)) {
      auto event = boost::json::parse(*frame);
      events[text(event.at("type"))].push_back(event.at("data"));
    }
    return events;
  }
  // Waits until the server holds `count` sockets (the client's handshake may end first).
  bool wait_for_sockets(std::size_t count) {
    const auto deadline = std::chrono::steady_clock::now() + 5s;
    while (server_.app().open_sockets() != count && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(10ms);
    }
    return server_.app().open_sockets() == count;
  }
};

TEST_P(EventSocketApiTest, ATicketOpensOneSocketWithinThirtySecondsAndIsStoredOnlyAsAHash) {
  auto ann = patient("ann@example.com");
  auto issued = server_.client().post_empty("/api/v1/events/ticket", ann.token);
  ASSERT_EQ(issued.status, 201) << issued.body;
  const auto ticket = text(issued.json().at("ticket"));
  EXPECT_EQ(text(issued.json().at("expiresAt")), "2026-11-30T06:00:30.000Z");
  EXPECT_EQ(server_.count_rows("socket_tickets"), 1);
  EXPECT_EQ(server_.query_text("SELECT COUNT(*) FROM socket_tickets WHERE token_hash = :t", ticket), "0");

  EXPECT_EQ(status_of("/api/v1/events?ticket=" + ticket), 101);
  EXPECT_EQ(status_of("/api/v1/events?ticket=" + ticket), 401) << "a ticket serves once";

  const auto late = text(server_.client().post_empty("/api/v1/events/ticket", ann.token).json().at("ticket"));
  server_.clock().advance(31s);
  EXPECT_EQ(status_of("/api/v1/events?ticket=" + late), 401) << "a ticket lives 30 s";

  EXPECT_EQ(status_of("/api/v1/events"), 401);
  EXPECT_EQ(status_of("/api/v1/events?ticket=forged"), 401);
  EXPECT_EQ(status_of("/api/v1/events", {{"Authorization", "Bearer " + ann.token}}), 101);
  EXPECT_EQ(status_of("/api/v1/events", {{"Authorization", "Bearer forged"}}), 401);
  EXPECT_EQ(server_.client().post_empty("/api/v1/events/ticket").status, 401);
  EXPECT_EQ(server_.client().get("/api/v1/events", ann.token).status, 426);
}

TEST_P(EventSocketApiTest, AnUpgradeFromAForeignPageIsRefusedWithoutSpendingTheTicket) {
  auto ann = patient("ann@example.com");
  const auto target = ticket_target(server_.base_url(), ann.token);
  EXPECT_EQ(status_of(target, {{"Origin", "https://evil.example"}}), 403);
  EXPECT_EQ(status_of(target, {{"Origin", "http://app.medimeet.test"}}), 101);
}

TEST_P(EventSocketApiTest, ABookingAndItsCancellationReachBothPartiesAndNobodyElse) {
  auto ann = patient("ann@example.com");
  auto bob = patient("bob@example.com");
  auto ann_socket = socket_of(ann.token);
  auto doctor_socket = socket_with_bearer(doctor_.token);
  auto bob_socket = socket_of(bob.token);
  ASSERT_TRUE(wait_for_sockets(3));

  const auto booked = book(ann, "2026-12-01T09:00:00.000Z");
  ASSERT_EQ(booked.status, 201);
  const auto id = id_of(booked);
  const auto document = server_.client().get("/api/v1/appointments/" + id, ann.token).json();
  auto to_ann = received(*ann_socket);
  EXPECT_EQ(to_ann["appointment.updated"], std::vector{document}) << "the document the API returns";
  ASSERT_EQ(to_ann["notification.created"].size(), 1u);
  // The document as written (the email's delivery sets sentAt afterwards).
  auto listed = server_.client().get("/api/v1/notifications", ann.token).json().at("notifications").at(0).as_object();
  listed["sentAt"] = nullptr;
  EXPECT_EQ(to_ann["notification.created"][0], listed);
  EXPECT_EQ(text(to_ann["notification.created"][0].at("type")), "appointmentConfirmation");
  EXPECT_EQ(received(*doctor_socket)["appointment.updated"], std::vector{document});

  ASSERT_EQ(server_.client().post("/api/v1/appointments/" + id + "/cancel", object{{"reason", "ill"}}, doctor_.token).status, 200);
  to_ann = received(*ann_socket);
  ASSERT_EQ(to_ann["appointment.updated"].size(), 1u);
  EXPECT_EQ(text(to_ann["appointment.updated"][0].at("status")), "canceled");
  EXPECT_EQ(to_ann["notification.created"].size(), 1u);
  EXPECT_EQ(received(*doctor_socket)["appointment.updated"].size(), 1u);

  EXPECT_FALSE(bob_socket->next_frame(500ms)) << "bob has nothing to do with it";
}

TEST_P(EventSocketApiTest, LoggingOutClosesThatSessionsSocketsOnly) {
  auto ann = patient("ann@example.com");
  const auto other_session = server_.login(ann);
  auto leaving = socket_of(ann.token);
  auto staying = socket_of(other_session);
  ASSERT_TRUE(wait_for_sockets(2));
  ASSERT_EQ(server_.client().post_empty("/api/v1/auth/logout", ann.token).status, 204);
  EXPECT_EQ(leaving->wait_closed(5s), 4001);
  EXPECT_FALSE(staying->wait_closed(300ms)) << "still open";
  EXPECT_TRUE(wait_for_sockets(1));
}

TEST_P(EventSocketApiTest, ChangingThePasswordClosesTheOtherSessionsSockets) {
  auto ann = patient("ann@example.com");
  const auto other_session = server_.login(ann);
  auto current = socket_of(ann.token);
  auto other = socket_of(other_session);
  ASSERT_TRUE(wait_for_sockets(2));
  auto changed = server_.client().post(
      "/api/v1/auth/change-password",
      object{{"currentPassword", ann.password}, {"newPassword", "another long password"}}, ann.token);
  ASSERT_EQ(changed.status, 204) << changed.body;
  EXPECT_EQ(other->wait_closed(5s), 4001);
  EXPECT_FALSE(current->wait_closed(300ms)) << "the session that changed it stays";
}

TEST_P(EventSocketApiTest, ResettingThePasswordClosesEverySocket) {
  auto ann = patient("ann@example.com");
  auto first = socket_of(ann.token);
  auto second = socket_of(server_.login(ann));
  ASSERT_TRUE(wait_for_sockets(2));
  ASSERT_EQ(server_.client().post("/api/v1/auth/forgot-password", object{{"email", ann.email}}).status, 202);
  const auto emails = emails_about(ann.email, "Reset");
  ASSERT_EQ(emails.size(), 1u);
  const auto token = testing::link_parameter(emails[0].body, "token");
  ASSERT_EQ(server_.client().post("/api/v1/auth/reset-password", object{{"token", token}, {"password", "another long password"}}).status, 204);
  EXPECT_EQ(first->wait_closed(5s), 4001);
  EXPECT_EQ(second->wait_closed(5s), 4001);
}

TEST_P(EventSocketApiTest, AnEleventhSocketClosesTheUsersOldest) {
  auto ann = patient("ann@example.com");
  std::vector<std::unique_ptr<EventSocketClient>> sockets;
  for (int i = 0; i < 10; ++i) sockets.push_back(socket_of(ann.token));
  ASSERT_TRUE(wait_for_sockets(10));
  sockets.push_back(socket_of(ann.token));
  EXPECT_EQ(sockets.front()->wait_closed(5s), 1008);
  EXPECT_FALSE(sockets[1]->wait_closed(200ms));
  EXPECT_TRUE(wait_for_sockets(10));
}

INSTANTIATE_TEST_SUITE_P(Backends, EventSocketApiTest, testing::all_backends(), testing::backend_test_name);

// Several instances on one PostgreSQL: each delivers, through LISTEN/NOTIFY, what any of them
// commits to its own sockets. (Nothing else would carry it: there is no polling to fall back on.
// How fast is for benchmarks, not for assertions on a loaded machine.)
class TwoInstancesTest : public testing::BookingFixture {
 protected:
  TwoInstancesTest()
      : second_(testing::TestBackend::postgresql,
                {.database_url = server_.app().config().database_url, .start_at = server_.clock().now()}) {}

  testing::TestServer second_;
};

TEST_P(TwoInstancesTest, AChangeMadeThroughOneInstanceReachesASocketOnTheOther) {
  auto ann = patient("ann@example.com");
  EventSocketClient on_second(second_.base_url(), ticket_target(second_.base_url(), doctor_.token));
  // Wait until the second instance holds the socket.
  for (int i = 0; i < 500 && second_.app().open_sockets() == 0; ++i) std::this_thread::sleep_for(10ms);
  ASSERT_EQ(book(ann, "2026-12-01T09:00:00.000Z").status, 201);  // through the first
  auto event = on_second.next_event("appointment.updated");
  ASSERT_TRUE(event) << "not delivered";
  EXPECT_EQ(text(event->at("data").at("patientId")), ann.id);
}

TEST_P(TwoInstancesTest, AMessageSentThroughOneInstanceReachesItsReceiverOnTheOther) {
  auto ann = patient("ann@example.com");
  ASSERT_EQ(book(ann, "2026-12-01T09:00:00.000Z").status, 201);
  EventSocketClient on_second(second_.base_url(), ticket_target(second_.base_url(), doctor_.token));
  for (int i = 0; i < 500 && second_.app().open_sockets() == 0; ++i) std::this_thread::sleep_for(10ms);
  const auto sent = server_.client().post("/api/v1/messages", object{{"receiverId", doctor_.id}, {"content", "Bonjour"}},
                                          ann.token);
  ASSERT_EQ(sent.status, 201);
  auto event = on_second.next_event("message.created");
  ASSERT_TRUE(event) << "not delivered";
  EXPECT_EQ(event->at("data"), sent.json());
}

TEST_P(TwoInstancesTest, AfterItsNotificationConnectionIsCutAnInstanceClosesItsSocketsAndListensAgain) {
  auto ann = patient("ann@example.com");
  EventSocketClient before(second_.base_url(), ticket_target(second_.base_url(), doctor_.token));
  for (int i = 0; i < 500 && second_.app().open_sockets() == 0; ++i) std::this_thread::sleep_for(10ms);
  // As a database restart would: every LISTEN connection of this database is cut.
  second_.app().database().read([](soci::session& sql) {
    sql << "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
           "WHERE datname = current_database() AND query LIKE 'LISTEN%'";
  });
  EXPECT_EQ(before.wait_closed(5s), 1012) << "the client is told to reconnect and refetch";

  EventSocketClient after(second_.base_url(), ticket_target(second_.base_url(), doctor_.token));
  for (int i = 0; i < 500 && second_.app().open_sockets() == 0; ++i) std::this_thread::sleep_for(10ms);
  ASSERT_EQ(book(ann, "2026-12-01T09:00:00.000Z").status, 201);
  EXPECT_TRUE(after.next_event("appointment.updated", 3s)) << "listening again";
}

INSTANTIATE_TEST_SUITE_P(PostgreSQL, TwoInstancesTest, ::testing::Values(testing::TestBackend::postgresql),
                         testing::backend_test_name);

}  // namespace
}  // namespace medimeet
