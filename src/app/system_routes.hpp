#pragma once

#include <functional>
#include <string>
#include <vector>

#include "common/metrics.hpp"
#include "http/router.hpp"
#include "storage/database.hpp"

namespace medimeet::app {

// What the web app adapts to on this instance (GET /api/v1/instance).
struct InstanceFeatures {
  std::string currency;  // of every fee
  bool reviews = true;   // MEDIMEET_REVIEWS
  std::vector<std::string> payment_methods;  // "creditCard", "PayPal": those configured
  long long payment_timeout_minutes = 15;    // MEDIMEET_PAYMENT_TIMEOUT
};

// GET /healthz (the process answers), GET /readyz (the database answers too),
// GET /api/v1/openapi.json (the API description) and GET /api/v1/instance.
void add_system_routes(http::Router& router, storage::Database& database, InstanceFeatures features);

// GET /metrics in Prometheus' text format: what the process counted, then `gauges()` read at
// each scrape.
void add_metrics_route(http::Router& router, std::function<std::vector<metrics::Gauge>()> gauges,
                       std::string version);

}  // namespace medimeet::app
