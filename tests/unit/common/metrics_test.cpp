#include "common/metrics.hpp"

#include <gtest/gtest.h>

namespace medimeet::metrics {
namespace {

using namespace std::chrono_literals;

bool has_line(const std::string& text, const std::string& line) {
  return text.find("\n" + line + "\n") != std::string::npos || text.starts_with(line + "\n");
}

TEST(MetricsTest, NothingIsCountedUntilEnabled) {
  record_request("GET", "/api/v1/never-counted", 200, 1ms);
  enable();
  EXPECT_EQ(render({}, "x").find("never-counted"), std::string::npos);
}

TEST(MetricsTest, RequestsAreCountedByRouteMethodAndStatusClassWithCumulativeBuckets) {
  enable();
  const std::string route = "/api/v1/metrics-test/{id}";
  record_request("GET", route, 200, 300us);
  record_request("GET", route, 204, 3ms);
  record_request("GET", route, 404, 2s);
  record_request("GET", "", 200, 1ms);
  const auto text = render({{"medimeet_outbox_depth", "Emails and SMS waiting to be sent.", 3}}, "9.9.9");
  const std::string labels = "route=\"/api/v1/metrics-test/{id}\",method=\"GET\"";
  EXPECT_TRUE(has_line(text, "medimeet_http_requests_total{" + labels + ",status=\"2xx\"} 2")) << text;
  EXPECT_TRUE(has_line(text, "medimeet_http_requests_total{" + labels + ",status=\"4xx\"} 1")) << text;
  EXPECT_TRUE(has_line(text, "medimeet_http_request_duration_seconds_bucket{" + labels + ",le=\"0.0005\"} 1")) << text;
  EXPECT_TRUE(has_line(text, "medimeet_http_request_duration_seconds_bucket{" + labels + ",le=\"0.005\"} 2")) << text;
  EXPECT_TRUE(has_line(text, "medimeet_http_request_duration_seconds_bucket{" + labels + ",le=\"2.5\"} 3")) << text;
  EXPECT_TRUE(has_line(text, "medimeet_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} 3")) << text;
  EXPECT_TRUE(has_line(text, "medimeet_http_request_duration_seconds_count{" + labels + "} 3")) << text;
  EXPECT_NE(text.find("route=\"unmatched\""), std::string::npos);
  EXPECT_TRUE(has_line(text, "# TYPE medimeet_outbox_depth gauge")) << text;
  EXPECT_TRUE(has_line(text, "medimeet_outbox_depth 3")) << text;
  EXPECT_TRUE(has_line(text, "medimeet_build_info{version=\"9.9.9\"} 1")) << text;
}

TEST(MetricsTest, PoolWaitsAddUp) {
  enable();
  const auto before = render({}, "x");
  record_pool_wait(250ms);
  const auto after = render({}, "x");
  EXPECT_NE(before, after);
  EXPECT_NE(after.find("# TYPE medimeet_database_pool_waits_total counter"), std::string::npos);
}

TEST(MetricsTest, LabelValuesAreEscaped) {
  enable();
  record_request("GET", "/quote\"and\\slash", 500, 1ms);
  EXPECT_NE(render({}, "x").find("route=\"/quote\\\"and\\\\slash\""), std::string::npos);
}

}  // namespace
}  // namespace medimeet::metrics
