#include "payments/payment_routes.hpp"

#include <boost/json/array.hpp>

#include "common/error.hpp"
#include "common/query_parameters.hpp"
#include "payments/payment_json.hpp"

namespace medimeet::payments {

using http::Access;
using http::Body;
using http::Method;
using http::Request;
using http::Response;

namespace {

// A provider's event is small; its exact bytes are what its signature covers.
std::string webhook_body(const Request& request) {
  constexpr std::size_t kMax = 256 * 1024;
  std::string body(kMax + 1, '\0');
  std::size_t size = 0;
  while (size <= kMax) {
    const auto read = request.read_body(body.data() + size, body.size() - size);
    if (read == 0) break;
    size += read;
  }
  if (size > kMax) throw AppError(ErrorKind::payload_too_large, "payload_too_large", "The event is too large.");
  body.resize(size);
  return body;
}

}  // namespace

void add_routes(http::Router& router, PaymentService& payments) {
  router.add(Method::get, "/api/v1/payments", Access::signed_in, Body::none, [&](const Request& request) {
    QueryParameters query(request.query);
    const auto paging = query.page_request(PaymentService::kMaxPageSize);
    query.finish();
    const auto page = payments.list(request.caller(), paging);
    boost::json::array items;
    for (const auto& payment : page.payments) items.push_back(payment_to_json(payment));
    return Response::json(200, page_to_json("payments", std::move(items), paging, page.total));
  });

  router.add(Method::get, "/api/v1/payments/{id}", Access::signed_in, Body::none, [&](const Request& request) {
    const auto& id = request.object_id_param("id", "The payment");
    return Response::json(200, payment_to_json(payments.get(request.caller(), id)));
  });

  router.add(Method::get, "/api/v1/appointments/{id}/payment", Access::signed_in, Body::none,
             [&](const Request& request) {
               const auto& id = request.object_id_param("id", "The payment");
               return Response::json(200, payment_to_json(payments.of_appointment(request.caller(), id)));
             });

  router.add(Method::post, "/api/v1/payments/{id}/checkout", Access::patient, Body::json,
             [&](const Request& request) {
               const auto& id = request.object_id_param("id", "The payment");
               const auto method = parse_checkout(request.body);
               return Response::json(200, payment_to_json(payments.checkout(request.caller(), id, method)));
             });

  router.add(Method::post, "/api/v1/payments/{id}/confirm", Access::patient, Body::none,
             [&](const Request& request) {
               const auto& id = request.object_id_param("id", "The payment");
               return Response::json(200, payment_to_json(payments.confirm(request.caller(), id)));
             });

  // The providers' servers call these; the signature, not a session, says who it is.
  router.add(Method::post, "/api/v1/payments/webhooks/paypal", Access::anyone, Body::stream,
             [&](const Request& request) {
               payments.take_webhook(PaymentMethod::paypal, request.headers, webhook_body(request));
               return Response::json(200, boost::json::object{{"received", true}});
             });

  router.add(Method::post, "/api/v1/payments/webhooks/stripe", Access::anyone, Body::stream,
             [&](const Request& request) {
               payments.take_webhook(PaymentMethod::credit_card, request.headers, webhook_body(request));
               return Response::json(200, boost::json::object{{"received", true}});
             });
}

}  // namespace medimeet::payments
