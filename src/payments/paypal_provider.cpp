#include "payments/paypal_provider.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <cctype>
#include <stdexcept>

#include "common/error.hpp"
#include "http/outgoing_request.hpp"

namespace medimeet::payments {
namespace {

AppError invalid_signature() {
  return AppError(ErrorKind::bad_request, "invalid_signature", "The webhook's signature does not check.");
}

const boost::json::value* at_path(const boost::json::value& root, std::initializer_list<std::string_view> path) {
  const boost::json::value* value = &root;
  for (const auto key : path) {
    if (value->is_object()) {
      value = value->as_object().if_contains(key);
    } else if (value->is_array() && !key.empty() && std::isdigit(static_cast<unsigned char>(key[0]))) {
      const auto index = static_cast<std::size_t>(std::stoul(std::string(key)));
      value = index < value->as_array().size() ? &value->as_array()[index] : nullptr;
    } else {
      return nullptr;
    }
    if (value == nullptr) return nullptr;
  }
  return value;
}

std::string text_at(const boost::json::value& root, std::initializer_list<std::string_view> path) {
  const auto* value = at_path(root, path);
  return value != nullptr && value->is_string() ? std::string(value->as_string()) : std::string();
}

boost::json::value answer_of(const http::OutgoingResponse& response, std::string_view what) {
  boost::system::error_code error;
  auto parsed = boost::json::parse(response.body, error);
  if (response.status < 200 || response.status > 299 || error) {
    throw std::runtime_error("PayPal " + std::string(what) + ": HTTP " + std::to_string(response.status));
  }
  return parsed;
}

// 3000 cents -> "30.00".
std::string major_units_text(const Money& amount) {
  const int exponent = amount.currency().exponent;
  auto digits = std::to_string(amount.minor_units());
  if (exponent == 0) return digits;
  if (digits.size() <= static_cast<std::size_t>(exponent)) digits.insert(0, exponent + 1 - digits.size(), '0');
  digits.insert(digits.size() - exponent, ".");
  return digits;
}

// A completed capture, as a paid event.
ProviderEvent paid_capture(const boost::json::value& capture, std::string order_id, std::string event_id) {
  ProviderEvent event;
  event.event_id = std::move(event_id);
  event.kind = ProviderEvent::Kind::paid;
  event.reference = std::move(order_id);
  event.transaction_id = text_at(capture, {"id"});
  event.currency = text_at(capture, {"amount", "currency_code"});
  const auto* currency = find_currency(event.currency);
  event.amount_minor =
      currency != nullptr ? minor_units_of(text_at(capture, {"amount", "value"}), currency->exponent).value_or(-1) : -1;
  return event;
}

}  // namespace

std::optional<long long> minor_units_of(std::string_view value, int exponent) {
  const auto dot = value.find('.');
  const auto whole = value.substr(0, dot);
  auto fraction = dot == std::string_view::npos ? std::string_view{} : value.substr(dot + 1);
  if (whole.empty() || whole.size() > 12 || fraction.size() > static_cast<std::size_t>(exponent)) return std::nullopt;
  long long units = 0;
  for (const char c : whole) {
    if (c < '0' || c > '9') return std::nullopt;
    units = units * 10 + (c - '0');
  }
  for (int i = 0; i < exponent; ++i) {
    const char c = i < static_cast<int>(fraction.size()) ? fraction[i] : '0';
    if (c < '0' || c > '9') return std::nullopt;
    units = units * 10 + (c - '0');
  }
  return units;
}

std::string PayPalProvider::access_token() {
  std::lock_guard lock(token_mutex_);
  const auto now = std::chrono::steady_clock::now();
  if (!token_.empty() && now < token_expires_) return token_;
  http::OutgoingRequest request{"POST",
                                settings_.api_url + "/v1/oauth2/token",
                                {{"Content-Type", "application/x-www-form-urlencoded"}},
                                "grant_type=client_credentials"};
  request.basic_auth = std::pair{settings_.client_id, settings_.client_secret};
  const auto answer = answer_of(http::send(request), "access token");
  token_ = text_at(answer, {"access_token"});
  if (token_.empty()) throw std::runtime_error("PayPal access token: none given");
  const auto* lifetime = at_path(answer, {"expires_in"});
  const auto seconds = lifetime != nullptr && lifetime->is_int64() ? lifetime->as_int64() : 300;
  // A minute early, so no call goes out with a token about to lapse.
  token_expires_ = now + std::chrono::seconds(std::max<long long>(seconds - 60, 0));
  return token_;
}

Checkout PayPalProvider::start_checkout(const CheckoutRequest& request) {
  const boost::json::object order{
      {"intent", "CAPTURE"},
      {"purchase_units",
       boost::json::array{boost::json::object{
           {"reference_id", request.payment_id},
           {"custom_id", request.payment_id},
           {"description", request.description},
           {"amount",
            {{"currency_code", request.amount.currency().code}, {"value", major_units_text(request.amount)}}}}}},
      {"application_context",
       {{"brand_name", "MediMeet"},
        {"user_action", "PAY_NOW"},
        {"shipping_preference", "NO_SHIPPING"},
        {"return_url", request.success_url},
        {"cancel_url", request.cancel_url}}}};
  const auto answer = answer_of(http::send({"POST",
                                            settings_.api_url + "/v2/checkout/orders",
                                            {{"Content-Type", "application/json"},
                                             {"Authorization", "Bearer " + access_token()},
                                             {"PayPal-Request-Id", "order-" + request.payment_id}},
                                            boost::json::serialize(order)}),
                                "order");
  Checkout checkout{text_at(answer, {"id"}), ""};
  if (const auto* links = at_path(answer, {"links"}); links != nullptr && links->is_array()) {
    for (const auto& link : links->as_array()) {
      const auto rel = text_at(link, {"rel"});
      if (rel == "approve" || rel == "payer-action") checkout.url = text_at(link, {"href"});
    }
  }
  if (checkout.reference.empty() || checkout.url.empty()) throw std::runtime_error("PayPal order: no id or approval link");
  return checkout;
}

std::optional<ProviderEvent> PayPalProvider::capture(const std::string& order_id, const std::string& payment_id) {
  const auto response = http::send({"POST",
                                    settings_.api_url + "/v2/checkout/orders/" + order_id + "/capture",
                                    {{"Content-Type", "application/json"},
                                     {"Authorization", "Bearer " + access_token()},
                                     {"PayPal-Request-Id", "capture-" + payment_id}},
                                    "{}"});
  // 422: the patient has not approved the order (yet).
  if (response.status == 422) return std::nullopt;
  const auto answer = answer_of(response, "capture");
  const auto* capture = at_path(answer, {"purchase_units", "0", "payments", "captures", "0"});
  if (capture == nullptr || text_at(*capture, {"status"}) != "COMPLETED") return std::nullopt;
  auto event = paid_capture(*capture, order_id, "capture-" + text_at(*capture, {"id"}));
  event.payment_id = payment_id;
  return event;
}

std::optional<ProviderEvent> PayPalProvider::collect(const Payment& payment) {
  if (!payment.provider_reference) return std::nullopt;
  return capture(*payment.provider_reference, payment.id);
}

RefundOutcome PayPalProvider::refund(const Payment& payment) {
  if (!payment.transaction_id) throw std::runtime_error("PayPal refund: the payment has no capture");
  auto answer = answer_of(http::send({"POST",
                                      settings_.api_url + "/v2/payments/captures/" + *payment.transaction_id + "/refund",
                                      {{"Content-Type", "application/json"},
                                       {"Authorization", "Bearer " + access_token()},
                                       {"PayPal-Request-Id", "refund-" + payment.id}},
                                      "{}"}),
                          "refund");
  // A replayed request answers what the first did: a refund then pending is asked for again by id.
  if (text_at(answer, {"status"}) == "PENDING") {
    answer = answer_of(http::send({"GET",
                                   settings_.api_url + "/v2/payments/refunds/" + text_at(answer, {"id"}),
                                   {{"Authorization", "Bearer " + access_token()}}}),
                       "refund");
  }
  const auto status = text_at(answer, {"status"});
  if (status == "FAILED" || status == "CANCELLED") throw std::runtime_error("PayPal refund " + status);
  return {text_at(answer, {"id"}), status == "COMPLETED"};
}

ProviderEvent PayPalProvider::read_webhook(const std::map<std::string, std::string>& headers, const std::string& body,
                                           TimePoint) {
  boost::system::error_code error;
  auto event = boost::json::parse(body, error);
  if (error || !event.is_object()) throw invalid_signature();
  auto header = [&](const char* name) {
    const auto found = headers.find(name);
    return found == headers.end() ? std::string() : found->second;
  };
  // PayPal checks its own signature (certificate chain, CRC of the body, the webhook id).
  const boost::json::object verification{{"auth_algo", header("paypal-auth-algo")},
                                         {"cert_url", header("paypal-cert-url")},
                                         {"transmission_id", header("paypal-transmission-id")},
                                         {"transmission_sig", header("paypal-transmission-sig")},
                                         {"transmission_time", header("paypal-transmission-time")},
                                         {"webhook_id", settings_.webhook_id},
                                         {"webhook_event", event}};
  const auto verdict = answer_of(http::send({"POST",
                                             settings_.api_url + "/v1/notifications/verify-webhook-signature",
                                             {{"Content-Type", "application/json"},
                                              {"Authorization", "Bearer " + access_token()}},
                                             boost::json::serialize(verification)}),
                                 "webhook verification");
  if (text_at(verdict, {"verification_status"}) != "SUCCESS") throw invalid_signature();

  ProviderEvent result;
  result.event_id = text_at(event, {"id"});
  const auto type = text_at(event, {"event_type"});
  const auto* resource = at_path(event, {"resource"});
  if (resource == nullptr) return result;
  if (type == "PAYMENT.CAPTURE.COMPLETED") {
    return paid_capture(*resource, text_at(*resource, {"supplementary_data", "related_ids", "order_id"}),
                        result.event_id);
  }
  if (type == "CHECKOUT.ORDER.APPROVED") {
    // The patient approved but may never come back to us: the order is captured now.
    const auto order_id = text_at(*resource, {"id"});
    const auto payment_id = text_at(*resource, {"purchase_units", "0", "custom_id"});
    if (auto captured = capture(order_id, payment_id)) {
      captured->event_id = result.event_id;
      captured->payment_id = payment_id;
      return *captured;
    }
  }
  return result;
}

}  // namespace medimeet::payments
