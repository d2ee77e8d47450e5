// Messages between a patient and their doctor: who may write to whom, what a message must be,
// the rate and idempotency of sends, the conversation list and its pages, read receipts, the
// live events, and the email about a message left unread.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <set>
#include <thread>

#include "booking_fixture.hpp"
#include "event_socket_client.hpp"

namespace medimeet {
namespace {

using namespace std::chrono_literals;
using boost::json::object;
using testing::EventSocketClient;
using testing::HttpResult;
using testing::TestAccount;
using testing::text;
using testing::ticket_target;

class MessagesApiTest : public testing::BookingFixture {
 protected:
  MessagesApiTest() : BookingFixture({.smtp = true}) {
    ann_ = patient("ann@example.com");
    EXPECT_EQ(book(ann_, "2026-12-01T09:00:00.000Z").status, 201);
    server_.wait_for_outbox_drained();
    emails_before_ = server_.smtp().messages().size();
  }

  HttpResult send(const TestAccount& from, const std::string& to, const std::string& content,
                  const std::string& idempotency_key = "") {
    std::map<std::string, std::string> headers{{"Authorization", "Bearer " + from.token}};
    if (!idempotency_key.empty()) headers["Idempotency-Key"] = idempotency_key;
    return server_.client().send("POST", "/api/v1/messages",
                                 boost::json::serialize(object{{"receiverId", to}, {"content", content}}), headers);
  }
  HttpResult thread(const TestAccount& who, const std::string& other, const std::string& query = "") {
    return server_.client().get("/api/v1/conversations/" + other + "/messages" + query, who.token);
  }
  long long unread(const TestAccount& who) {
    return server_.client().get("/api/v1/messages/unread-count", who.token).json().at("count").as_int64();
  }
  std::vector<testing::ReceivedEmail> new_emails() {
    auto all = server_.smtp().messages();
    return {all.begin() + static_cast<long>(emails_before_), all.end()};
  }

  TestAccount ann_;
  std::size_t emails_before_ = 0;
};

TEST_P(MessagesApiTest, APatientWritesToTheirDoctorWhoAnswers) {
  auto sent = send(ann_, doctor_.id, "  Bonjour docteur, puis-je venir à jeun ?\n  ");
  ASSERT_EQ(sent.status, 201) << sent.body;
  const auto message = sent.json();
  EXPECT_EQ(text(message.at("senderId")), ann_.id);
  EXPECT_EQ(text(message.at("receiverId")), doctor_.id);
  EXPECT_EQ(text(message.at("content")), "Bonjour docteur, puis-je venir à jeun ?") << "trimmed";
  EXPECT_EQ(text(message.at("timestamp")), "2026-11-30T06:00:00.000Z");
  EXPECT_EQ(message.at("read"), false);
  EXPECT_TRUE(message.at("readAt").is_null());
  EXPECT_EQ(text(message.at("createdAt")), text(message.at("updatedAt")));

  server_.clock().advance(1min);
  ASSERT_EQ(send(doctor_, ann_.id, "Oui, à jeun.").status, 201);
  EXPECT_EQ(unread(doctor_), 1);
  EXPECT_EQ(unread(ann_), 1);

  const auto listed = server_.client().get("/api/v1/conversations", doctor_.token).json();
  EXPECT_EQ(listed.at("total"), 1);
  const auto& conversation = listed.at("conversations").at(0);
  EXPECT_EQ(text(conversation.at("counterpart").at("_id")), ann_.id);
  EXPECT_EQ(text(conversation.at("counterpart").at("name")), "Test patient");
  EXPECT_EQ(text(conversation.at("counterpart").at("role")), "patient");
  EXPECT_EQ(text(conversation.at("lastMessage").at("content")), "Oui, à jeun.");
  EXPECT_EQ(conversation.at("unreadCount"), 1);
  const auto seen_by_ann = server_.client().get("/api/v1/conversations", ann_.token).json().at("conversations").at(0);
  EXPECT_EQ(text(seen_by_ann.at("counterpart").at("name")), "Hélène Durand");
  EXPECT_EQ(text(seen_by_ann.at("counterpart").at("title")), "Dr");
  EXPECT_EQ(text(seen_by_ann.at("counterpart").at("role")), "doctor");

  const auto messages = thread(ann_, doctor_.id).json();
  EXPECT_EQ(messages.at("messages").as_array().size(), 2u);
  EXPECT_EQ(text(messages.at("messages").at(0).at("content")), "Oui, à jeun.") << "newest first";
  EXPECT_EQ(messages.at("hasMore"), false);
}

TEST_P(MessagesApiTest, OnlyAPatientAndADoctorWhoShareAnAppointmentWriteToEachOther) {
  auto bob = patient("bob@example.com");
  auto other_doctor = server_.register_account("doctor", "dr.other@example.com");
  auto canceled = patient("carl@example.com");
  const auto booked = book(canceled, "2026-12-02T09:00:00.000Z");
  ASSERT_EQ(server_.client().post("/api/v1/appointments/" + id_of(booked) + "/cancel", object{}, canceled.token).status, 200);
  const auto before = server_.count_rows("messages");

  EXPECT_EQ(send(bob, doctor_.id, "Hello").error_code(), "no_care_relation") << "no appointment together";
  EXPECT_EQ(send(ann_, bob.id, "Hello").error_code(), "no_care_relation") << "patient to patient";
  EXPECT_EQ(send(doctor_, bob.id, "Hello").error_code(), "no_care_relation") << "a doctor to a stranger";
  EXPECT_EQ(send(doctor_, other_doctor.id, "Hello").error_code(), "no_care_relation") << "doctor to doctor";
  EXPECT_EQ(send(ann_, ann_.id, "Hello").error_code(), "no_care_relation") << "to oneself";
  EXPECT_EQ(send(ann_, "0123456789abcdef01234567", "Hello").error_code(), "no_care_relation") << "to nobody";
  EXPECT_EQ(send(ann_, other_doctor.id, "Hello").status, 403);
  EXPECT_EQ(server_.count_rows("messages"), before);

  EXPECT_EQ(send(canceled, doctor_.id, "About my canceled visit").status, 201) << "any appointment, any status";
  EXPECT_EQ(send(doctor_, canceled.id, "Noted").status, 201);
}

TEST_P(MessagesApiTest, BadInputIsRefusedNamingTheFieldAndChangesNothing) {
  auto expect_field = [&](const std::string& body, const std::string& field, const std::string& code) {
    auto result = server_.client().send("POST", "/api/v1/messages", body, {{"Authorization", "Bearer " + ann_.token}});
    EXPECT_EQ(result.status, 400) << body;
    EXPECT_EQ(result.problem_code(field), code) << body << " " << result.body;
  };
  const std::string to = "\"receiverId\": \"" + doctor_.id + "\"";
  expect_field("{" + to + ", \"content\": \"   \\n \"}", "content", "empty");
  expect_field("{" + to + "}", "content", "required");
  expect_field("{" + to + ", \"content\": 42}", "content", "not_a_string");
  expect_field("{" + to + ", \"content\": \"" + std::string(5001, 'a') + "\"}", "content", "too_long");
  expect_field("{" + to + ", \"content\": \"bell \\u0007\"}", "content", "control_characters");
  expect_field("{\"receiverId\": \"nobody\", \"content\": \"Hi\"}", "receiverId", "not_an_id");
  expect_field("{\"content\": \"Hi\"}", "receiverId", "required");
  expect_field("{" + to + ", \"content\": \"Hi\", \"urgent\": true}", "urgent", "unknown_field");
  auto invalid_utf8 = server_.client().send("POST", "/api/v1/messages", "{" + to + ", \"content\": \"\xff\xfe\"}",
                                            {{"Authorization", "Bearer " + ann_.token}});
  EXPECT_EQ(invalid_utf8.status, 400);
  EXPECT_EQ(server_.count_rows("messages"), 0);

  std::string accents;
  for (int i = 0; i < 5000; ++i) accents += "é";
  EXPECT_EQ(send(ann_, doctor_.id, accents).status, 201) << "5,000 characters, 10,000 bytes";
}

TEST_P(MessagesApiTest, ASenderWritesAtMostThirtyMessagesAMinute) {
  for (int i = 0; i < 30; ++i) ASSERT_EQ(send(ann_, doctor_.id, "message " + std::to_string(i)).status, 201) << i;
  auto refused = send(ann_, doctor_.id, "one too many");
  EXPECT_EQ(refused.status, 429);
  EXPECT_FALSE(refused.header("retry-after").empty());
  EXPECT_EQ(server_.count_rows("messages"), 30);
  EXPECT_EQ(send(doctor_, ann_.id, "the doctor has their own count").status, 201);
  server_.clock().advance(61s);
  EXPECT_EQ(send(ann_, doctor_.id, "a minute later").status, 201);
}

TEST_P(MessagesApiTest, ARetriedSendWithItsIdempotencyKeyReturnsTheFirstMessage) {
  auto first = send(ann_, doctor_.id, "Is the lab open on Saturday?", "retry-1");
  auto retried = send(ann_, doctor_.id, "Is the lab open on Saturday?", "retry-1");
  ASSERT_EQ(first.status, 201);
  EXPECT_EQ(retried.status, 201);
  EXPECT_EQ(text(retried.json().at("_id")), text(first.json().at("_id")));
  EXPECT_EQ(server_.count_rows("messages"), 1);
  EXPECT_EQ(send(ann_, doctor_.id, "Something else", "retry-1").error_code(), "idempotency_key_reused");
  EXPECT_EQ(send(doctor_, ann_.id, "Yes", "retry-1").status, 201) << "keys are each sender's own";
}

TEST_P(MessagesApiTest, AThreadPagesByACursorThatStaysStableWhenMessagesShareATimestamp) {
  std::vector<std::string> sent;  // all at the same instant: the clock does not move
  for (int i = 0; i < 5; ++i) sent.push_back(text(send(i % 2 ? doctor_ : ann_, i % 2 ? ann_.id : doctor_.id,
                                                       "m" + std::to_string(i)).json().at("_id")));
  std::vector<std::string> paged;
  std::string query = "?limit=2";
  for (int page = 0; page < 5; ++page) {
    const auto result = thread(doctor_, ann_.id, query);
    ASSERT_EQ(result.status, 200) << result.body;
    const auto document = result.json();
    const auto& messages = document.at("messages").as_array();
    for (const auto& message : messages) paged.push_back(text(message.at("_id")));
    if (!document.at("hasMore").as_bool()) break;
    const auto& oldest = messages.back();
    query = "?limit=2&before=" + text(oldest.at("timestamp")) + "&beforeId=" + text(oldest.at("_id"));
  }
  EXPECT_EQ(paged.size(), 5u);
  EXPECT_EQ(std::set(paged.begin(), paged.end()).size(), 5u) << "none twice";
  EXPECT_EQ(std::set(paged.begin(), paged.end()), std::set(sent.begin(), sent.end()));

  server_.clock().advance(1s);
  send(ann_, doctor_.id, "later");
  const auto older = thread(doctor_, ann_.id, "?before=2026-11-30T06:00:01.000Z").json();
  EXPECT_EQ(older.at("messages").as_array().size(), 5u) << "strictly before the instant";
  EXPECT_EQ(thread(doctor_, ann_.id, "?before=yesterday").problem_code("before"), "not_an_instant");
  EXPECT_EQ(thread(doctor_, ann_.id, "?beforeId=" + sent[0]).problem_code("before"), "required");
  EXPECT_EQ(thread(doctor_, ann_.id, "?limit=0").status, 400);
}

TEST_P(MessagesApiTest, ReadingAConversationMarksItsMessagesAndTellsTheSenderLive) {
  auto ann_socket = EventSocketClient(server_.base_url(), ticket_target(server_.base_url(), ann_.token));
  const auto first = text(send(ann_, doctor_.id, "first").json().at("_id"));
  server_.clock().advance(1s);
  const auto second = text(send(ann_, doctor_.id, "second").json().at("_id"));
  EXPECT_EQ(unread(doctor_), 2);

  server_.clock().advance(1min);
  const auto read = server_.client().post_empty("/api/v1/conversations/" + ann_.id + "/read", doctor_.token);
  ASSERT_EQ(read.status, 200) << read.body;
  const auto receipt = read.json();
  EXPECT_EQ(text(receipt.at("readerId")), doctor_.id);
  EXPECT_EQ(text(receipt.at("senderId")), ann_.id);
  EXPECT_EQ(text(receipt.at("readAt")), "2026-11-30T06:01:01.000Z");
  EXPECT_EQ(receipt.at("messageIds"), (boost::json::array{boost::json::string(first), boost::json::string(second)}));
  EXPECT_EQ(unread(doctor_), 0);

  auto event = ann_socket.next_event("message.read");
  ASSERT_TRUE(event);
  EXPECT_EQ(event->at("data"), receipt);
  const auto messages = thread(ann_, doctor_.id).json().at("messages");
  EXPECT_EQ(messages.at(0).at("read"), true);
  EXPECT_EQ(text(messages.at(0).at("readAt")), "2026-11-30T06:01:01.000Z");

  const auto again = server_.client().post_empty("/api/v1/conversations/" + ann_.id + "/read", doctor_.token).json();
  EXPECT_TRUE(again.at("messageIds").as_array().empty());
  EXPECT_FALSE(ann_socket.next_event("message.read", 300ms)) << "nothing newly read, nothing said";
}

TEST_P(MessagesApiTest, ANewMessageReachesBothPartiesLiveAndNobodyElse) {
  auto bob = patient("bob@example.com");
  EventSocketClient doctor_socket(server_.base_url(), ticket_target(server_.base_url(), doctor_.token));
  EventSocketClient ann_other_tab(server_.base_url(), ticket_target(server_.base_url(), ann_.token));
  EventSocketClient bob_socket(server_.base_url(), ticket_target(server_.base_url(), bob.token));
  for (int i = 0; i < 500 && server_.app().open_sockets() < 3; ++i) std::this_thread::sleep_for(10ms);
  const auto sent = send(ann_, doctor_.id, "Are you there?");
  ASSERT_EQ(sent.status, 201);
  for (auto* socket : {&doctor_socket, &ann_other_tab}) {
    auto event = socket->next_event("message.created");
    ASSERT_TRUE(event);
    EXPECT_EQ(event->at("data"), sent.json());
  }
  EXPECT_FALSE(bob_socket.next_frame(400ms));
}

TEST_P(MessagesApiTest, OnlyTheTwoPartiesEverSeeAConversation) {
  auto bob = patient("bob@example.com");
  auto other_doctor = server_.register_account("doctor", "dr.other@example.com");
  ASSERT_EQ(send(ann_, doctor_.id, "private").status, 201);
  EXPECT_EQ(thread(bob, doctor_.id).status, 404);
  EXPECT_EQ(thread(other_doctor, ann_.id).status, 404);
  EXPECT_EQ(thread(bob, ann_.id).status, 404);
  EXPECT_EQ(thread(ann_, "not-an-id").status, 404);
  EXPECT_EQ(server_.client().post_empty("/api/v1/conversations/" + ann_.id + "/read", other_doctor.token).status, 404);
  EXPECT_EQ(server_.client().get("/api/v1/conversations", bob.token).json().at("total"), 0);
  EXPECT_EQ(unread(other_doctor), 0);
  // The doctor sees the thread before anyone wrote, to start it: the appointment is enough.
  auto dana = patient("dana@example.com");
  ASSERT_EQ(book(dana, "2026-12-03T09:00:00.000Z").status, 201);
  const auto empty = thread(doctor_, dana.id);
  EXPECT_EQ(empty.status, 200);
  EXPECT_TRUE(empty.json().at("messages").as_array().empty());
  EXPECT_EQ(text(empty.json().at("counterpart").at("_id")), dana.id);
}

TEST_P(MessagesApiTest, AMessageLeftUnreadEmailsItsReceiverOnceAnHourNeverWithItsText) {
  ASSERT_EQ(send(ann_, doctor_.id, "My secret symptoms").status, 201);
  server_.clock().advance(9min);
  std::this_thread::sleep_for(300ms);
  EXPECT_TRUE(new_emails().empty()) << "not before the delay";

  server_.clock().advance(1min + 1s);
  const auto emails = emails_about(doctor_.email, "new message");
  ASSERT_EQ(emails.size(), 1u);
  EXPECT_EQ(emails[0].subject, "You have a new message from Test patient");
  EXPECT_NE(emails[0].body.find("http://app.medimeet.test/messages/" + ann_.id), std::string::npos);
  EXPECT_EQ(emails[0].body.find("secret"), std::string::npos) << "never the content";

  ASSERT_EQ(send(ann_, doctor_.id, "Another detail").status, 201);
  server_.clock().advance(20min);
  std::this_thread::sleep_for(300ms);
  EXPECT_EQ(new_emails().size(), 1u) << "at most one an hour per conversation";
  server_.clock().advance(39min);
  EXPECT_EQ(emails_about(doctor_.email, "new message").size(), 1u);
  server_.clock().advance(2min);
  server_.smtp().wait_for(emails_before_ + 2);
  EXPECT_EQ(new_emails().size(), 2u) << "an hour later, the newer message still unread";

  ASSERT_EQ(server_.client().patch("/api/v1/users/me", object{{"language", "fr"}}, ann_.token).status, 200);
  ASSERT_EQ(send(doctor_, ann_.id, "Bien reçu").status, 201);
  server_.clock().advance(10min + 1s);
  const auto to_ann = emails_about(ann_.email, "nouveau message");
  ASSERT_EQ(to_ann.size(), 1u) << "in the receiver's language";
  EXPECT_EQ(to_ann[0].subject, "Vous avez un nouveau message de Dr Hélène Durand");

  ASSERT_EQ(server_.client().post_empty("/api/v1/conversations/" + doctor_.id + "/read", ann_.token).status, 200);
  ASSERT_EQ(send(doctor_, ann_.id, "Read at once").status, 201);
  ASSERT_EQ(server_.client().post_empty("/api/v1/conversations/" + doctor_.id + "/read", ann_.token).status, 200);
  server_.clock().advance(2h);
  std::this_thread::sleep_for(300ms);
  EXPECT_EQ(emails_about(ann_.email, "nouveau message").size(), 1u) << "a message read in time sends nothing";
}

INSTANTIATE_TEST_SUITE_P(Backends, MessagesApiTest, testing::all_backends(), testing::backend_test_name);

class UnreadMessageEmailRestartTest : public ::testing::TestWithParam<testing::TestBackend> {};

TEST_P(UnreadMessageEmailRestartTest, IsSentExactlyOnceAcrossRestarts) {
  const auto url = testing::fresh_database_url(GetParam());
  const auto start = *parse_iso8601("2026-11-30T06:00:00.000Z");
  TestAccount doctor;
  {
    testing::TestServer first(GetParam(), {.database_url = url, .start_at = start});
    doctor = first.register_account("doctor", "dr.durand@example.com");
    const auto patient = first.register_account("patient", "ann@example.com");
    first.insert_appointment(patient.id, doctor.id, start + std::chrono::days(1), 30, "confirmed");
    auto sent = first.client().post("/api/v1/messages", object{{"receiverId", doctor.id}, {"content", "Hello"}},
                                    patient.token);
    ASSERT_EQ(sent.status, 201) << sent.body;
  }  // stopped before the delay passed
  {
    testing::TestServer second(GetParam(), {.smtp = true, .database_url = url, .start_at = start + 11min});
    const auto emails = second.smtp().wait_for(1);
    ASSERT_EQ(emails.size(), 1u);
    EXPECT_NE(emails[0].to.find(doctor.email), std::string::npos);
  }
  {
    testing::TestServer third(GetParam(), {.smtp = true, .database_url = url, .start_at = start + 12min});
    std::this_thread::sleep_for(500ms);
    EXPECT_TRUE(third.smtp().messages().empty()) << "sent once, whatever restarts";
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, UnreadMessageEmailRestartTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
