#include "common/metrics.hpp"

#include <array>
#include <atomic>
#include <charconv>
#include <map>
#include <mutex>
#include <tuple>

namespace medimeet::metrics {
namespace {

// Upper bounds of the latency buckets, in seconds: from a kept page (sub-millisecond) to a slow
// write.
constexpr std::array<double, 12> kBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5};

struct Latencies {
  std::array<unsigned long long, kBuckets.size()> at_most{};  // not cumulative; summed when rendered
  unsigned long long count = 0;
  double sum = 0;
};

// What a request is counted under. The strings are copied once, when first seen; lookups compare
// views (std::less<> is transparent), so counting a request allocates nothing.
template <class Text>
struct RouteKey {
  Text route;
  Text method;
  int status_class = 0;  // 2 for 2xx; 0 in the latencies' key
  template <class Other>
  auto operator<=>(const RouteKey<Other>& other) const {
    return std::tie(route, method, status_class) <=> std::tie(other.route, other.method, other.status_class);
  }
};
using StoredKey = RouteKey<std::string>;
using LookupKey = RouteKey<std::string_view>;

template <class Value>
Value& entry(std::map<StoredKey, Value, std::less<>>& map, const LookupKey& key) {
  auto found = map.find(key);
  if (found == map.end()) {
    found = map.emplace(StoredKey{std::string(key.route), std::string(key.method), key.status_class}, Value{}).first;
  }
  return found->second;
}

std::atomic<bool> enabled{false};

struct Registry {
  std::mutex mutex;
  std::map<StoredKey, unsigned long long, std::less<>> requests;
  std::map<StoredKey, Latencies, std::less<>> latencies;
  unsigned long long pool_waits = 0;
  double pool_wait_seconds = 0;
};

Registry& registry() {
  static Registry instance;
  return instance;
}

std::string_view route_label(std::string_view route) { return route.empty() ? "unmatched" : route; }

// A label value as the format wants it: backslash, quote and newline escaped.
std::string escaped(std::string_view value) {
  std::string result;
  for (char c : value) {
    if (c == '\\' || c == '"') result.push_back('\\');
    if (c == '\n') {
      result += "\\n";
      continue;
    }
    result.push_back(c);
  }
  return result;
}

// The shortest text that reads back as `value` ("0.0005", not "0.00050000000000000001" or "5e-04").
std::string number(double value) {
  std::array<char, 64> text{};
  const auto written = std::to_chars(text.data(), text.data() + text.size(), value, std::chars_format::fixed);
  return std::string(text.data(), written.ptr);
}

void header(std::string& out, std::string_view name, std::string_view type, std::string_view help) {
  out.append("# HELP ").append(name).append(" ").append(help).append("\n");
  out.append("# TYPE ").append(name).append(" ").append(type).append("\n");
}

}  // namespace

void enable() { enabled = true; }

void record_request(std::string_view method, std::string_view route, int status,
                    std::chrono::duration<double> elapsed) {
  if (!enabled) return;
  auto& all = registry();
  const double seconds = elapsed.count();
  std::lock_guard lock(all.mutex);
  ++entry(all.requests, {route_label(route), method, status / 100});
  auto& latencies = entry(all.latencies, {route_label(route), method, 0});
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) {
      ++latencies.at_most[i];
      break;
    }
  }
  ++latencies.count;
  latencies.sum += seconds;
}

void record_pool_wait(std::chrono::duration<double> waited) {
  if (!enabled) return;
  auto& all = registry();
  std::lock_guard lock(all.mutex);
  ++all.pool_waits;
  all.pool_wait_seconds += waited.count();
}

std::string render(const std::vector<Gauge>& gauges, std::string_view version) {
  auto& all = registry();
  std::string out;
  std::lock_guard lock(all.mutex);
  header(out, "medimeet_http_requests_total", "counter", "HTTP requests answered, by route pattern, method and status class.");
  for (const auto& [key, count] : all.requests) {
    out += "medimeet_http_requests_total{route=\"" + escaped(key.route) + "\",method=\"" + escaped(key.method) +
           "\",status=\"" + std::to_string(key.status_class) + "xx\"} " + std::to_string(count) + "\n";
  }
  header(out, "medimeet_http_request_duration_seconds", "histogram",
         "Time from a request's arrival to its answer, by route pattern and method.");
  for (const auto& [key, latencies] : all.latencies) {
    const auto labels = "route=\"" + escaped(key.route) + "\",method=\"" + escaped(key.method) + "\"";
    unsigned long long cumulative = 0;
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      cumulative += latencies.at_most[i];
      out += "medimeet_http_request_duration_seconds_bucket{" + labels + ",le=\"" + number(kBuckets[i]) + "\"} " +
             std::to_string(cumulative) + "\n";
    }
    out += "medimeet_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} " +
           std::to_string(latencies.count) + "\n";
    out += "medimeet_http_request_duration_seconds_sum{" + labels + "} " + number(latencies.sum) + "\n";
    out += "medimeet_http_request_duration_seconds_count{" + labels + "} " + std::to_string(latencies.count) + "\n";
  }
  header(out, "medimeet_database_pool_waits_total", "counter",
         "Reads and writes that found every pooled database connection taken.");
  out += "medimeet_database_pool_waits_total " + std::to_string(all.pool_waits) + "\n";
  header(out, "medimeet_database_pool_wait_seconds_total", "counter", "Time spent waiting for a pooled connection.");
  out += "medimeet_database_pool_wait_seconds_total " + number(all.pool_wait_seconds) + "\n";
  for (const auto& gauge : gauges) {
    header(out, gauge.name, "gauge", gauge.help);
    out += gauge.name + " " + number(gauge.value) + "\n";
  }
  header(out, "medimeet_build_info", "gauge", "The running build: always 1, its version as a label.");
  out += "medimeet_build_info{version=\"" + escaped(version) + "\"} 1\n";
  return out;
}

}  // namespace medimeet::metrics
