#include <gtest/gtest.h>

#include <boost/json/object.hpp>

#include "test_server.hpp"

namespace medimeet {
namespace {

using namespace std::chrono_literals;
using testing::TestBackend;
using testing::TestServer;

class HousekeepingTest : public ::testing::TestWithParam<TestBackend> {};

TEST_P(HousekeepingTest, ExpiredSecretsCountersAndOldMessagesAreDeletedAndNothingElse) {
  TestServer server(GetParam());
  auto ann = server.register_account("patient", "ann@example.com");
  server.client().post("/api/v1/auth/login", boost::json::object{{"email", ann.email}, {"password", "wrong password!"}});
  server.wait_for_outbox_drained();
  EXPECT_EQ(server.app().purge_expired(), 0);  // nothing has expired yet
  EXPECT_EQ(server.count_rows("auth_sessions"), 1);
  EXPECT_EQ(server.count_rows("email_verification_tokens"), 1);
  EXPECT_GE(server.count_rows("attempt_counters"), 2);
  EXPECT_EQ(server.count_rows("outbox"), 1);

  server.clock().advance(std::chrono::days(31));
  EXPECT_GT(server.app().purge_expired(), 0);
  for (const char* table : {"auth_sessions", "email_verification_tokens", "attempt_counters", "outbox"}) {
    EXPECT_EQ(server.count_rows(table), 0) << table;
  }
  EXPECT_EQ(server.count_rows("users"), 1);
  EXPECT_EQ(server.client().post("/api/v1/auth/login",
                                 boost::json::object{{"email", ann.email}, {"password", ann.password}}).status, 200);
}

INSTANTIATE_TEST_SUITE_P(Backends, HousekeepingTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
