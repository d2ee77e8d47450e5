#include "app/system_routes.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "common/embedded_file.hpp"
#include "common/error.hpp"

namespace medimeet::app {

using http::Access;
using http::Body;
using http::Method;
using http::Request;
using http::Response;

void add_system_routes(http::Router& router, storage::Database& database, InstanceFeatures features) {
  router.add(Method::get, "/healthz", Access::anyone, Body::none, [](const Request&) {
    return Response::json(200, boost::json::object{{"status", "ok"}});
  });

  router.add(Method::get, "/readyz", Access::anyone, Body::none, [&database](const Request&) {
    if (!database.ping()) {
      throw AppError(ErrorKind::unavailable, "database_unavailable",
                     "The database does not answer.");
    }
    return Response::json(200, boost::json::object{{"status", "ready"}});
  });

  router.add(Method::get, "/api/v1/instance", Access::anyone, Body::none,
             [document = boost::json::object{
                  {"currency", features.currency},
                  {"reviews", features.reviews},
                  {"paymentMethods", boost::json::array(features.payment_methods.begin(), features.payment_methods.end())},
                  {"paymentTimeoutMinutes", features.payment_timeout_minutes}}](
                 const Request&) { return Response::json(200, document); });

  router.add(Method::get, "/api/v1/openapi.json", Access::anyone, Body::none, [](const Request&) {
    return Response::text(200, "application/json", std::string(embedded_openapi().front().content));
  });
}

void add_metrics_route(http::Router& router, std::function<std::vector<metrics::Gauge>()> gauges,
                       std::string version) {
  router.add(Method::get, "/metrics", Access::anyone, Body::none,
             [gauges = std::move(gauges), version = std::move(version)](const Request&) {
               return Response::text(200, "text/plain; version=0.0.4; charset=utf-8",
                                     metrics::render(gauges(), version));
             });
}

}  // namespace medimeet::app
