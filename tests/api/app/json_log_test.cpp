// `--log-format json` (MEDIMEET_LOG_FORMAT): every line the real server writes is one JSON
// object, and a request's line carries its fields apart, the route as its pattern.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include <cstdlib>
#include <sstream>

#include "http_client.hpp"
#include "loopback.hpp"
#include "server_process.hpp"
#include "test_database.hpp"

namespace medimeet {
namespace {

TEST(JsonLogTest, EveryLineOfTheServerIsAJsonObjectAndARequestsLineNamesItsRoute) {
  setenv("MEDIMEET_LOG_FORMAT", "json", 1);
  std::string log;
  {
    testing::ServerProcess server(testing::fresh_database_url(testing::TestBackend::sqlite),
                                  testing::temporary_directory(), testing::free_loopback_port());
    unsetenv("MEDIMEET_LOG_FORMAT");
    testing::HttpClient client(server.base_url());
    const auto missing = client.send("GET", "/api/v1/doctors/0000000000000000000000aa", "", {{"X-Request-Id", "log-test-1"}});
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(server.terminate(), 0);
    log = server.log();
  }
  std::istringstream lines(log);
  std::string line;
  int count = 0;
  bool found_request = false;
  while (std::getline(lines, line)) {
    ++count;
    boost::json::value parsed;
    ASSERT_NO_THROW(parsed = boost::json::parse(line)) << line;
    const auto& object = parsed.as_object();
    EXPECT_TRUE(object.contains("time") && object.contains("level") && object.contains("message")) << line;
    if (object.contains("request_id") && object.at("request_id") == "log-test-1") {
      found_request = true;
      EXPECT_EQ(object.at("method"), "GET");
      EXPECT_EQ(object.at("route"), "/api/v1/doctors/{id}");
      EXPECT_EQ(object.at("path"), "/api/v1/doctors/0000000000000000000000aa");
      EXPECT_EQ(object.at("status"), 404);
      EXPECT_TRUE(object.at("duration_ms").is_double());
      EXPECT_EQ(object.at("client"), "127.0.0.1");
      EXPECT_EQ(object.at("level"), "info");
    }
  }
  EXPECT_GT(count, 3);  // the migrations, the start, the request, the stop
  EXPECT_TRUE(found_request) << log;
}

}  // namespace
}  // namespace medimeet
