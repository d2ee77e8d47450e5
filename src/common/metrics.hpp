#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

// What the process counts for Prometheus (`--metrics-listen`), kept in memory from its start:
// requests by route pattern, method and status class with a latency histogram, and waits for a
// pooled database connection. The instantaneous figures (outbox depth, open sockets, ...) are
// read by the caller when scraped and rendered with these.
namespace medimeet::metrics {

// Counting starts here (the server calls it when --metrics-listen is set): until then the
// record_ functions return at once, so an instance without metrics pays nothing for them.
void enable();

// `route` is the matched route's pattern ("/api/v1/doctors/{id}"), empty when none matched.
void record_request(std::string_view method, std::string_view route, int status,
                    std::chrono::duration<double> elapsed);
// A read or write that found every pooled connection taken, and how long it waited for one.
void record_pool_wait(std::chrono::duration<double> waited);

struct Gauge {
  std::string name;  // medimeet_..., without labels
  std::string help;
  double value = 0;
};

// Prometheus' text exposition format (0.0.4): the counters and histogram, `gauges`, and
// medimeet_build_info{version} 1.
std::string render(const std::vector<Gauge>& gauges, std::string_view version);

}  // namespace medimeet::metrics
