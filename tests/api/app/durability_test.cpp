// The real `medimeet` binary, configured by environment variables, killed with SIGKILL right
// after it acknowledged a write: the write must survive.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>

#include "http_client.hpp"
#include "loopback.hpp"
#include "server_process.hpp"
#include "test_database.hpp"

namespace medimeet {
namespace {

using namespace std::chrono_literals;
using testing::ServerProcess;
using testing::TestBackend;

class DurabilityTest : public ::testing::TestWithParam<TestBackend> {};

TEST_P(DurabilityTest, AnAcknowledgedWriteSurvivesAKill) {
  const auto data_dir = testing::temporary_directory();
  const auto database_url = testing::fresh_database_url(GetParam());
  std::string user_id;
  {
    ServerProcess server(database_url, data_dir, testing::free_loopback_port());
    testing::HttpClient client(server.base_url());
    auto registered = client.post("/api/v1/auth/register",
                                  boost::json::object{{"name", "Ann"},
                                                      {"email", "ann@example.com"},
                                                      {"password", "a fine long password"},
                                                      {"role", "patient"},
                                                      {"phone", "+33612345678"}});
    ASSERT_EQ(registered.status, 201);
    user_id = testing::text(registered.json().at("user").at("_id"));
    server.kill_now();  // no chance to flush anything after the 201
  }
  ServerProcess restarted(database_url, data_dir, testing::free_loopback_port());
  testing::HttpClient client(restarted.base_url());
  auto login = client.post("/api/v1/auth/login", boost::json::object{{"email", "ann@example.com"},
                                                                     {"password", "a fine long password"}});
  ASSERT_EQ(login.status, 200) << login.body;
  EXPECT_EQ(testing::text(login.json().at("user").at("_id")), user_id);
  EXPECT_EQ(restarted.terminate(), 0);  // SIGTERM stops it cleanly
}

INSTANTIATE_TEST_SUITE_P(Backends, DurabilityTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
