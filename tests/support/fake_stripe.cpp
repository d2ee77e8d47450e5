#include "fake_stripe.hpp"

#include <boost/json/serialize.hpp>

#include <cctype>
#include <string_view>

#include "http/outgoing_request.hpp"
#include "whole_body.hpp"
#include "payments/stripe_provider.hpp"

namespace medimeet::testing {
namespace {

// "a+b%21" -> "a b!", as forms encode; a malformed escape stays as it is.
std::string form_decode(std::string_view text) {
  std::string decoded;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      decoded += ' ';
    } else if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
               std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      decoded += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      decoded += text[i];
    }
  }
  return decoded;
}

// "a=1&b=x%20y" -> {a: 1, b: "x y"}.
std::map<std::string, std::string> form_fields(std::string_view body) {
  std::map<std::string, std::string> fields;
  while (!body.empty()) {
    const auto amp = body.find('&');
    const auto pair = body.substr(0, amp);
    body = amp == std::string_view::npos ? std::string_view{} : body.substr(amp + 1);
    const auto equals = pair.find('=');
    fields[form_decode(pair.substr(0, equals))] =
        equals == std::string_view::npos ? std::string() : form_decode(pair.substr(equals + 1));
  }
  return fields;
}

// The provider's pages send the browser back to the merchant (MediMeet, on another port): unlike
// MediMeet's own policy, theirs lets a form lead elsewhere.
constexpr const char* kPageSecurityPolicy = "default-src 'none'; form-action *";

http::Response stripe_error(int status, const std::string& message) {
  return http::Response::json(status, boost::json::object{{"error", {{"message", message}}}});
}

}  // namespace

FakeStripe::FakeStripe(std::function<TimePoint()> now, int port) : now_(std::move(now)) {
  using http::Access;
  using http::Body;
  using http::Method;
  router_.add(Method::post, "/v1/checkout/sessions", Access::anyone, Body::stream,
              [this](const http::Request& request) { return create_session(request); });
  router_.add(Method::post, "/v1/refunds", Access::anyone, Body::stream,
              [this](const http::Request& request) { return create_refund(request); });
  router_.add(Method::get, "/v1/refunds/{id}", Access::anyone, Body::none, [](const http::Request& request) {
    return http::Response::json(200, boost::json::object{{"id", request.param("id")}, {"status", "succeeded"}});
  });
  router_.add(Method::get, "/pay/{id}", Access::anyone, Body::none,
              [this](const http::Request& request) { return checkout_page(request.param("id")); });
  router_.add(Method::post, "/pay/{id}", Access::anyone, Body::none,
              [this](const http::Request& request) { return pay_and_return(request.param("id")); });
  http::ServerOptions options;
  options.port = static_cast<std::uint16_t>(port);
  options.io_threads = 1;
  options.worker_threads = 2;
  server_ = std::make_unique<http::Server>(options, router_);
  port_ = server_->start();
}

FakeStripe::~FakeStripe() { server_->stop(); }

std::string FakeStripe::api_url() const { return "http://127.0.0.1:" + std::to_string(port_); }

void FakeStripe::send_webhooks_to(std::string url) {
  std::lock_guard lock(mutex_);
  webhook_url_ = std::move(url);
}

http::Response FakeStripe::create_session(const http::Request& request) {
  if (request.header("authorization") != "Bearer " + std::string(kSecretKey)) return stripe_error(401, "Invalid API Key");
  const auto fields = form_fields(whole_body(request));
  const auto key = std::string(request.header("idempotency-key").value_or(""));
  std::lock_guard lock(mutex_);
  auto found = key.empty() ? sessions_by_key_.end() : sessions_by_key_.find(key);
  if (found == sessions_by_key_.end()) {
    Session session;
    const auto n = std::to_string(next_id_++);
    session.id = "cs_test_" + n;
    session.payment_intent = "pi_test_" + n;
    session.amount = std::stoll(fields.at("line_items[0][price_data][unit_amount]"));
    session.currency = fields.at("line_items[0][price_data][currency]");
    session.client_reference_id = fields.at("client_reference_id");
    session.success_url = fields.at("success_url");
    session.cancel_url = fields.at("cancel_url");
    found = sessions_by_key_.emplace(key.empty() ? session.id : key, session).first;
  }
  const auto& session = found->second;
  return http::Response::json(200, boost::json::object{{"id", session.id},
                                                       {"object", "checkout.session"},
                                                       {"url", api_url() + "/pay/" + session.id},
                                                       {"amount_total", session.amount},
                                                       {"currency", session.currency},
                                                       {"client_reference_id", session.client_reference_id}});
}

http::Response FakeStripe::create_refund(const http::Request& request) {
  const auto fields = form_fields(whole_body(request));
  const auto key = std::string(request.header("idempotency-key").value_or(""));
  std::lock_guard lock(mutex_);
  ++refund_requests_;
  if (failing_refunds_ > 0) {
    --failing_refunds_;
    return stripe_error(500, "An unexpected error occurred");
  }
  auto found = refunds_by_key_.find(key);
  if (found == refunds_by_key_.end()) {
    found = refunds_by_key_.emplace(key, "re_test_" + std::to_string(next_id_++)).first;
  }
  return http::Response::json(200, boost::json::object{{"id", found->second},
                                                       {"object", "refund"},
                                                       {"payment_intent", fields.count("payment_intent") ? fields.at("payment_intent") : ""},
                                                       {"status", "succeeded"}});
}

http::Response FakeStripe::checkout_page(const std::string& session_id) const {
  for (const auto& session : sessions()) {
    if (session.id != session_id) continue;
    const auto amount = std::to_string(session.amount / 100) + "." + (session.amount % 100 < 10 ? "0" : "") +
                        std::to_string(session.amount % 100);
    auto page = http::Response::text(
        200, "text/html; charset=utf-8",
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Fake Stripe Checkout</title>"
        "<meta name=\"viewport\" content=\"width=device-width\"></head><body><main><h1>Fake Stripe Checkout</h1>"
        "<p>Pay <strong>" + amount + " " + session.currency + "</strong></p>"
        "<form method=\"post\" action=\"/pay/" + session.id + "\"><button type=\"submit\">Pay</button></form>"
        "<p><a href=\"" + session.cancel_url + "\">Cancel and go back</a></p></main></body></html>");
    page.set_header("Content-Security-Policy", kPageSecurityPolicy);
    return page;
  }
  return stripe_error(404, "No such checkout session");
}

http::Response FakeStripe::pay_and_return(const std::string& session_id) {
  std::string success_url;
  for (const auto& session : sessions()) {
    if (session.id == session_id) success_url = session.success_url;
  }
  if (success_url.empty()) return stripe_error(404, "No such checkout session");
  pay(session_id);
  auto response = http::Response::text(303, "text/plain", "");
  response.set_header("Content-Security-Policy", kPageSecurityPolicy);
  response.set_header("Location", success_url);
  return response;
}

std::vector<FakeStripe::Session> FakeStripe::sessions() const {
  std::lock_guard lock(mutex_);
  std::vector<Session> all;
  for (const auto& [key, session] : sessions_by_key_) all.push_back(session);
  return all;
}

int FakeStripe::sessions_created() const {
  std::lock_guard lock(mutex_);
  return static_cast<int>(sessions_by_key_.size());
}

std::string FakeStripe::completed_event(const std::string& session_id, std::optional<long long> amount) {
  std::lock_guard lock(mutex_);
  for (const auto& [key, session] : sessions_by_key_) {
    if (session.id != session_id) continue;
    return boost::json::serialize(boost::json::object{
        {"id", "evt_test_" + std::to_string(next_id_++)},
        {"object", "event"},
        {"type", "checkout.session.completed"},
        {"data",
         {{"object",
           {{"id", session.id},
            {"object", "checkout.session"},
            {"payment_status", "paid"},
            {"amount_total", amount.value_or(session.amount)},
            {"currency", session.currency},
            {"client_reference_id", session.client_reference_id},
            {"payment_intent", session.payment_intent}}}}}});
  }
  throw std::invalid_argument("no Checkout Session " + session_id);
}

long FakeStripe::pay(const std::string& session_id, std::optional<long long> amount) {
  const auto body = completed_event(session_id, amount);
  return send_event(body, sign(body));
}

long FakeStripe::send_event(const std::string& body, const std::string& signature) {
  std::string url;
  {
    std::lock_guard lock(mutex_);
    url = webhook_url_;
  }
  return http::send({"POST", url, {{"Content-Type", "application/json; charset=utf-8"}, {"Stripe-Signature", signature}}, body})
      .status;
}

std::string FakeStripe::sign(const std::string& body, std::optional<TimePoint> at, const std::string& secret) const {
  const auto t = std::chrono::duration_cast<std::chrono::seconds>(at.value_or(now_()).time_since_epoch()).count();
  return payments::stripe_signature(secret, t, body);
}

void FakeStripe::fail_refunds(int count) {
  std::lock_guard lock(mutex_);
  failing_refunds_ = count;
}

int FakeStripe::refund_requests() const {
  std::lock_guard lock(mutex_);
  return refund_requests_;
}

int FakeStripe::refunds_made() const {
  std::lock_guard lock(mutex_);
  return static_cast<int>(refunds_by_key_.size());
}

}  // namespace medimeet::testing
