#include "common/log_format.hpp"

#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <boost/json/parse.hpp>

#include <sstream>

namespace medimeet {
namespace {

// The default logger writes into `out` while the test runs, in the given format.
class LogFormatTest : public ::testing::Test {
 protected:
  LogFormatTest() : previous_(spdlog::default_logger()) {
    spdlog::set_default_logger(
        std::make_shared<spdlog::logger>("test", std::make_shared<spdlog::sinks::ostream_sink_mt>(out_)));
  }
  ~LogFormatTest() override {
    use_log_format(LogFormat::text);
    spdlog::set_default_logger(previous_);
  }

  std::ostringstream out_;
  std::shared_ptr<spdlog::logger> previous_;
};

TEST_F(LogFormatTest, JsonLinesEscapeTheMessageAndCarryARequestsFieldsApart) {
  use_log_format(LogFormat::json);
  spdlog::warn("a \"quoted\" word\nand a second line");
  log_request({"POST", "/api/v1/appointments/{id}/cancel", "/api/v1/appointments/abc/cancel", 409, 12.5, "req-1",
               "192.0.2.1"});
  std::istringstream lines(out_.str());
  std::string first;
  std::string second;
  ASSERT_TRUE(std::getline(lines, first));
  ASSERT_TRUE(std::getline(lines, second));
  const auto warning = boost::json::parse(first).as_object();
  EXPECT_EQ(warning.at("level"), "warning");
  EXPECT_EQ(warning.at("message"), "a \"quoted\" word\nand a second line");
  EXPECT_EQ(warning.at("time").as_string().size(), std::string_view("2026-12-07T03:49:18.123Z").size());
  EXPECT_FALSE(warning.contains("request_id"));
  const auto request = boost::json::parse(second).as_object();
  EXPECT_EQ(request.at("request_id"), "req-1");
  EXPECT_EQ(request.at("method"), "POST");
  EXPECT_EQ(request.at("route"), "/api/v1/appointments/{id}/cancel");
  EXPECT_EQ(request.at("path"), "/api/v1/appointments/abc/cancel");
  EXPECT_EQ(request.at("status"), 409);
  EXPECT_EQ(request.at("duration_ms"), 12.5);
  EXPECT_EQ(request.at("client"), "192.0.2.1");
}

TEST_F(LogFormatTest, TextLinesStayAsBefore) {
  use_log_format(LogFormat::text);
  log_request({"GET", "/healthz", "/healthz", 200, 0.25, "req-2", "127.0.0.1"});
  EXPECT_NE(out_.str().find("GET /healthz 200 0.2ms id=req-2 client=127.0.0.1"), std::string::npos) << out_.str();
  EXPECT_EQ(parse_log_format("json"), LogFormat::json);
  EXPECT_EQ(parse_log_format("JSON"), std::nullopt);
}

}  // namespace
}  // namespace medimeet
