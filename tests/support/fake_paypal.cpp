#include "fake_paypal.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "http/outgoing_request.hpp"
#include "whole_body.hpp"
#include "security/base64.hpp"

namespace medimeet::testing {
namespace {

using http::Access;
using http::Body;
using http::Method;
using http::Request;
using http::Response;

Response paypal_error(int status, const std::string& name) {
  return Response::json(status, boost::json::object{{"name", name}, {"message", name}});
}

std::string text_at(const boost::json::value& value, std::initializer_list<std::string_view> path) {
  const boost::json::value* at = &value;
  for (const auto key : path) {
    if (at->is_array()) {
      at = at->as_array().empty() ? nullptr : &at->as_array()[0];
    } else if (at->is_object()) {
      at = at->as_object().if_contains(key);
    } else {
      at = nullptr;
    }
    if (at == nullptr) return "";
  }
  return at->is_string() ? std::string(at->as_string()) : "";
}

}  // namespace

FakePayPal::FakePayPal() {
  router_.add(Method::post, "/v1/oauth2/token", Access::anyone, Body::stream, [this](const Request& request) {
    whole_body(request);
    const auto expected = "Basic " + security::to_base64(std::string(kClientId) + ":" + kClientSecret);
    if (request.header("authorization") != expected) return paypal_error(401, "invalid_client");
    return Response::json(200, boost::json::object{{"access_token", "A21-fake-token"}, {"token_type", "Bearer"},
                                                   {"expires_in", 32400}});
  });
  router_.add(Method::post, "/v2/checkout/orders", Access::anyone, Body::json,
              [this](const Request& request) { return create_order(request); });
  router_.add(Method::post, "/v2/checkout/orders/{id}/capture", Access::anyone, Body::json,
              [this](const Request& request) {
                if (!authorized(request)) return paypal_error(401, "AUTHENTICATION_FAILURE");
                return capture(request.param("id"));
              });
  router_.add(Method::post, "/v2/payments/captures/{id}/refund", Access::anyone, Body::json,
              [this](const Request& request) { return refund(request); });
  router_.add(Method::get, "/v2/payments/refunds/{id}", Access::anyone, Body::none, [](const Request& request) {
    return Response::json(200, boost::json::object{{"id", request.param("id")}, {"status", "COMPLETED"}});
  });
  router_.add(Method::post, "/v1/notifications/verify-webhook-signature", Access::anyone, Body::json,
              [this](const Request& request) { return verify(request); });
  router_.add(Method::get, "/checkoutnow", Access::anyone, Body::none, [this](const Request& request) {
    return approval_page(std::string(request.query_param("token").value_or("")));
  });
  router_.add(Method::post, "/checkoutnow", Access::anyone, Body::none, [this](const Request& request) {
    return approve_and_return(std::string(request.query_param("token").value_or("")));
  });
  http::ServerOptions options;
  options.port = 0;
  options.io_threads = 1;
  options.worker_threads = 2;
  server_ = std::make_unique<http::Server>(options, router_);
  port_ = server_->start();
}

FakePayPal::~FakePayPal() { server_->stop(); }

std::string FakePayPal::api_url() const { return "http://127.0.0.1:" + std::to_string(port_); }

void FakePayPal::send_webhooks_to(std::string url) {
  std::lock_guard lock(mutex_);
  webhook_url_ = std::move(url);
}

bool FakePayPal::authorized(const Request& request) const {
  return request.header("authorization") == "Bearer A21-fake-token";
}

Response FakePayPal::create_order(const Request& request) {
  if (!authorized(request)) return paypal_error(401, "AUTHENTICATION_FAILURE");
  const auto body = boost::json::parse(request.body);
  const auto request_id = std::string(request.header("paypal-request-id").value_or(""));
  std::lock_guard lock(mutex_);
  std::string id;
  if (auto found = order_by_request_.find(request_id); found != order_by_request_.end()) {
    id = found->second;
  } else {
    Order order;
    order.id = "ORDER-" + std::to_string(next_id_++);
    order.payment_id = text_at(body, {"purchase_units", "0", "custom_id"});
    order.currency = text_at(body, {"purchase_units", "0", "amount", "currency_code"});
    order.value = text_at(body, {"purchase_units", "0", "amount", "value"});
    order.return_url = text_at(body, {"application_context", "return_url"});
    id = order.id;
    orders_[id] = order;
    if (!request_id.empty()) order_by_request_[request_id] = id;
  }
  return Response::json(201, boost::json::object{
                                 {"id", id},
                                 {"status", "CREATED"},
                                 {"links", boost::json::array{
                                               boost::json::object{{"rel", "self"}, {"href", api_url() + "/v2/checkout/orders/" + id}},
                                               boost::json::object{{"rel", "approve"}, {"href", api_url() + "/checkoutnow?token=" + id}}}}});
}

Response FakePayPal::capture(const std::string& order_id) {
  std::lock_guard lock(mutex_);
  auto found = orders_.find(order_id);
  if (found == orders_.end()) return paypal_error(404, "RESOURCE_NOT_FOUND");
  auto& order = found->second;
  if (!order.approved) return paypal_error(422, "UNPROCESSABLE_ENTITY");
  if (order.capture_id.empty()) {
    order.capture_id = "CAPTURE-" + std::to_string(next_id_++);
    ++captures_;
  }
  return Response::json(
      201, boost::json::object{
               {"id", order.id},
               {"status", "COMPLETED"},
               {"purchase_units",
                boost::json::array{boost::json::object{
                    {"payments",
                     {{"captures", boost::json::array{boost::json::object{
                                       {"id", order.capture_id},
                                       {"status", "COMPLETED"},
                                       {"amount", {{"currency_code", order.currency}, {"value", order.value}}}}}}}}}}}});
}

Response FakePayPal::refund(const Request& request) {
  if (!authorized(request)) return paypal_error(401, "AUTHENTICATION_FAILURE");
  const auto request_id = std::string(request.header("paypal-request-id").value_or(""));
  std::lock_guard lock(mutex_);
  ++refund_requests_;
  if (failing_refunds_ > 0) {
    --failing_refunds_;
    return paypal_error(500, "INTERNAL_SERVER_ERROR");
  }
  auto found = refund_by_request_.find(request_id);
  if (found == refund_by_request_.end()) {
    found = refund_by_request_.emplace(request_id, "REFUND-" + std::to_string(next_id_++)).first;
  }
  return Response::json(201, boost::json::object{{"id", found->second}, {"status", "COMPLETED"}});
}

Response FakePayPal::verify(const Request& request) const {
  if (!authorized(request)) return paypal_error(401, "AUTHENTICATION_FAILURE");
  const auto body = boost::json::parse(request.body);
  const bool genuine = text_at(body, {"webhook_id"}) == kWebhookId &&
                       text_at(body, {"transmission_sig"}) == "sig-" + text_at(body, {"transmission_id"}) &&
                       !text_at(body, {"webhook_event", "id"}).empty();
  return Response::json(200, boost::json::object{{"verification_status", genuine ? "SUCCESS" : "FAILURE"}});
}

Response FakePayPal::approval_page(const std::string& order_id) const {
  std::lock_guard lock(mutex_);
  const auto found = orders_.find(order_id);
  if (found == orders_.end()) return paypal_error(404, "RESOURCE_NOT_FOUND");
  return Response::text(200, "text/html; charset=utf-8",
                        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Fake PayPal</title>"
                        "<meta name=\"viewport\" content=\"width=device-width\"></head><body><main><h1>Fake PayPal</h1>"
                        "<p>Pay <strong>" + found->second.value + " " + found->second.currency + "</strong></p>"
                        "<form method=\"post\" action=\"/checkoutnow?token=" + order_id +
                        "\"><button type=\"submit\">Pay with PayPal</button></form></main></body></html>");
}

Response FakePayPal::approve_and_return(const std::string& order_id) {
  std::string return_url;
  {
    std::lock_guard lock(mutex_);
    const auto found = orders_.find(order_id);
    if (found == orders_.end()) return paypal_error(404, "RESOURCE_NOT_FOUND");
    found->second.approved = true;
    return_url = found->second.return_url;
  }
  auto response = Response::text(303, "text/plain", "");
  response.set_header("Location", return_url + (return_url.find('?') == std::string::npos ? "?" : "&") +
                                      "token=" + order_id + "&PayerID=FAKEPAYER");
  return response;
}

std::string FakePayPal::order_of(const std::string& payment_id) const {
  std::lock_guard lock(mutex_);
  for (const auto& [id, order] : orders_) {
    if (order.payment_id == payment_id) return id;
  }
  return "";
}

void FakePayPal::approve(const std::string& order_id) {
  std::lock_guard lock(mutex_);
  orders_.at(order_id).approved = true;
}

std::string FakePayPal::event(const std::string& type, const std::string& order_id) {
  std::lock_guard lock(mutex_);
  const auto& order = orders_.at(order_id);
  boost::json::object resource;
  if (type == "PAYMENT.CAPTURE.COMPLETED") {
    resource = {{"id", order.capture_id},
                {"status", "COMPLETED"},
                {"amount", {{"currency_code", order.currency}, {"value", order.value}}},
                {"supplementary_data", {{"related_ids", {{"order_id", order.id}}}}}};
  } else {
    resource = {{"id", order.id},
                {"status", "APPROVED"},
                {"purchase_units", boost::json::array{boost::json::object{
                                       {"custom_id", order.payment_id},
                                       {"amount", {{"currency_code", order.currency}, {"value", order.value}}}}}}};
  }
  return boost::json::serialize(boost::json::object{{"id", "WH-EVENT-" + std::to_string(next_id_++)},
                                                    {"event_type", type},
                                                    {"resource", std::move(resource)}});
}

long FakePayPal::send_event(const std::string& body, bool genuine) {
  std::string url;
  std::string transmission;
  {
    std::lock_guard lock(mutex_);
    url = webhook_url_;
    transmission = "T-" + std::to_string(next_id_++);
  }
  return http::send({"POST",
                     url,
                     {{"Content-Type", "application/json"},
                      {"PAYPAL-AUTH-ALGO", "SHA256withRSA"},
                      {"PAYPAL-CERT-URL", api_url() + "/certs/fake"},
                      {"PAYPAL-TRANSMISSION-ID", transmission},
                      {"PAYPAL-TRANSMISSION-SIG", genuine ? "sig-" + transmission : "forged"},
                      {"PAYPAL-TRANSMISSION-TIME", "2026-11-30T06:05:00Z"}},
                     body})
      .status;
}

void FakePayPal::fail_refunds(int count) {
  std::lock_guard lock(mutex_);
  failing_refunds_ = count;
}

int FakePayPal::refund_requests() const {
  std::lock_guard lock(mutex_);
  return refund_requests_;
}

int FakePayPal::captures() const {
  std::lock_guard lock(mutex_);
  return captures_;
}

}  // namespace medimeet::testing
