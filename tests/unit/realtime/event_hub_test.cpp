// The hub of open sockets: who receives a frame, which sockets an ended session closes, and the
// cap on one user's sockets.
#include "realtime/event_hub.hpp"

#include <gtest/gtest.h>

#include <boost/json/object.hpp>

namespace medimeet::realtime {
namespace {

// Records what the hub asks of it.
class RecordingSocket : public http::Socket {
 public:
  void send(std::string text) override { sent.push_back(std::move(text)); }
  void close(std::uint16_t code, std::string) override { closed_with = code; }
  std::vector<std::string> sent;
  std::uint16_t closed_with = 0;
};

std::shared_ptr<RecordingSocket> attach(EventHub& hub, const std::string& user, const std::string& session) {
  auto socket = std::make_shared<RecordingSocket>();
  hub.attach(user, session, socket);
  return socket;
}

TEST(EventHub, AFrameGoesToEverySocketOfItsUsersAndNoOtherOne) {
  EventHub hub;
  auto ann_tab = attach(hub, "ann", "s1");
  auto ann_phone = attach(hub, "ann", "s2");
  auto doctor = attach(hub, "doctor", "s3");
  auto bob = attach(hub, "bob", "s4");
  hub.deliver({"ann", "doctor", "nobody"}, "frame");
  EXPECT_EQ(ann_tab->sent, std::vector<std::string>{"frame"});
  EXPECT_EQ(ann_phone->sent, std::vector<std::string>{"frame"});
  EXPECT_EQ(doctor->sent, std::vector<std::string>{"frame"});
  EXPECT_TRUE(bob->sent.empty());

  hub.detach("ann", ann_tab.get());
  hub.deliver({"ann"}, "second");
  EXPECT_EQ(ann_tab->sent.size(), 1u);
  EXPECT_EQ(ann_phone->sent.size(), 2u);
  EXPECT_EQ(hub.open_sockets(), 3u);
}

TEST(EventHub, AnEndedSessionClosesItsSocketsAndOnlyThose) {
  EventHub hub;
  auto first = attach(hub, "ann", "s1");
  auto second = attach(hub, "ann", "s2");
  auto third = attach(hub, "ann", "s3");
  auto other_user = attach(hub, "bob", "s1");

  hub.end_sessions({"ann", "s1", std::nullopt});  // a logout
  EXPECT_EQ(first->closed_with, close_code::session_ended);
  EXPECT_EQ(second->closed_with, 0);
  EXPECT_EQ(other_user->closed_with, 0) << "another user's session of the same id";

  hub.end_sessions({"ann", std::nullopt, "s2"});  // a password changed from s2
  EXPECT_EQ(second->closed_with, 0);
  EXPECT_EQ(third->closed_with, close_code::session_ended);

  hub.end_sessions({"ann", std::nullopt, std::nullopt});  // a reset
  EXPECT_EQ(second->closed_with, close_code::session_ended);
}

TEST(EventHub, AUserPastTheCapLosesTheOldestSocket) {
  EventHub hub;
  std::vector<std::shared_ptr<RecordingSocket>> sockets;
  for (std::size_t i = 0; i <= EventHub::kMaxSocketsPerUser; ++i) sockets.push_back(attach(hub, "ann", "s"));
  EXPECT_EQ(sockets.front()->closed_with, http::close_code::policy_violation);
  for (std::size_t i = 1; i < sockets.size(); ++i) EXPECT_EQ(sockets[i]->closed_with, 0) << i;
  EXPECT_EQ(hub.open_sockets(), EventHub::kMaxSocketsPerUser);
  hub.deliver({"ann"}, "frame");
  EXPECT_TRUE(sockets.front()->sent.empty());
}

TEST(EventHub, TheFrameIsTheTypeAndTheDocument) {
  EXPECT_EQ(event_frame("message.read", boost::json::object{{"readerId", "a"}}),
            R"({"type":"message.read","data":{"readerId":"a"}})");
}

}  // namespace
}  // namespace medimeet::realtime
