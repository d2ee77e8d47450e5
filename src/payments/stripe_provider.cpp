#include "payments/stripe_provider.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <stdexcept>

#include "common/error.hpp"
#include "common/text.hpp"
#include "http/outgoing_request.hpp"
#include "security/hmac.hpp"

namespace medimeet::payments {
namespace {

constexpr auto kSignatureTolerance = std::chrono::minutes(5);

AppError invalid_signature() {
  return AppError(ErrorKind::bad_request, "invalid_signature", "The webhook's signature does not check.");
}

// Stripe's answer as JSON, or std::runtime_error naming its error.
boost::json::object answer_of(const http::OutgoingResponse& response, std::string_view what) {
  boost::system::error_code error;
  auto parsed = boost::json::parse(response.body, error);
  if (response.status < 200 || response.status > 299 || error || !parsed.is_object()) {
    throw std::runtime_error("Stripe " + std::string(what) + ": HTTP " + std::to_string(response.status));
  }
  return std::move(parsed.as_object());
}

std::string text_at(const boost::json::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  return value != nullptr && value->is_string() ? std::string(value->as_string()) : std::string();
}

}  // namespace

std::string stripe_signature(const std::string& secret, long long t, const std::string& body) {
  return "t=" + std::to_string(t) + ",v1=" + security::hmac_sha256_hex(secret, std::to_string(t) + "." + body);
}

Checkout StripeProvider::start_checkout(const CheckoutRequest& request) {
  const auto response = http::send(
      {"POST",
       settings_.api_url + "/v1/checkout/sessions",
       {{"Content-Type", "application/x-www-form-urlencoded"},
        {"Authorization", "Bearer " + settings_.secret_key},
        {"Idempotency-Key", "checkout-" + request.payment_id}},
       http::form_encode({{"mode", "payment"},
                          {"client_reference_id", request.payment_id},
                          {"metadata[paymentId]", request.payment_id},
                          {"line_items[0][quantity]", "1"},
                          {"line_items[0][price_data][currency]", ascii_lowercase(request.amount.currency().code)},
                          {"line_items[0][price_data][unit_amount]", std::to_string(request.amount.minor_units())},
                          {"line_items[0][price_data][product_data][name]", request.description},
                          {"success_url", request.success_url},
                          {"cancel_url", request.cancel_url}})});
  const auto session = answer_of(response, "checkout session");
  Checkout checkout{text_at(session, "id"), text_at(session, "url")};
  if (checkout.reference.empty() || checkout.url.empty()) throw std::runtime_error("Stripe checkout session: no id or url");
  return checkout;
}

RefundOutcome StripeProvider::refund(const Payment& payment) {
  if (!payment.transaction_id) throw std::runtime_error("Stripe refund: the payment has no PaymentIntent");
  const auto response = http::send({"POST",
                                    settings_.api_url + "/v1/refunds",
                                    {{"Content-Type", "application/x-www-form-urlencoded"},
                                     {"Authorization", "Bearer " + settings_.secret_key},
                                     {"Idempotency-Key", "refund-" + payment.id}},
                                    http::form_encode({{"payment_intent", *payment.transaction_id}})});
  auto refund = answer_of(response, "refund");
  // A replayed POST answers what the first did: a refund then pending is asked for again by id.
  if (text_at(refund, "status") == "pending") {
    refund = answer_of(http::send({"GET",
                                   settings_.api_url + "/v1/refunds/" + text_at(refund, "id"),
                                   {{"Authorization", "Bearer " + settings_.secret_key}}}),
                       "refund");
  }
  const auto status = text_at(refund, "status");
  if (status == "failed" || status == "canceled") throw std::runtime_error("Stripe refund " + status);
  return {text_at(refund, "id"), status == "succeeded"};
}

ProviderEvent StripeProvider::read_webhook(const std::map<std::string, std::string>& headers, const std::string& body,
                                           TimePoint now) {
  const auto header = headers.find("stripe-signature");
  if (header == headers.end()) throw invalid_signature();
  // "t=1733490000,v1=<hex>[,v1=<hex>…]": any v1 may match (Stripe signs with each live secret).
  std::optional<long long> t;
  std::vector<std::string> signatures;
  std::string_view rest = header->second;
  while (!rest.empty()) {
    const auto comma = rest.find(',');
    const auto part = rest.substr(0, comma);
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    if (part.starts_with("t=")) {
      try {
        t = std::stoll(std::string(part.substr(2)));
      } catch (const std::exception&) {
        throw invalid_signature();
      }
    } else if (part.starts_with("v1=")) {
      signatures.emplace_back(part.substr(3));
    }
  }
  if (!t || signatures.empty()) throw invalid_signature();
  const auto signed_at = TimePoint(std::chrono::seconds(*t));
  if (now - signed_at > kSignatureTolerance || signed_at - now > kSignatureTolerance) throw invalid_signature();
  const auto expected = security::hmac_sha256_hex(settings_.webhook_secret, std::to_string(*t) + "." + body);
  if (std::none_of(signatures.begin(), signatures.end(),
                   [&](const std::string& given) { return security::same_secret(given, expected); })) {
    throw invalid_signature();
  }

  boost::system::error_code error;
  auto parsed = boost::json::parse(body, error);
  if (error || !parsed.is_object()) throw AppError(ErrorKind::bad_request, "malformed_json", "The event is not JSON.");
  const auto& event = parsed.as_object();
  ProviderEvent result;
  result.event_id = text_at(event, "id");
  const auto type = text_at(event, "type");
  const auto* data = event.if_contains("data");
  const auto* object = data != nullptr && data->is_object() ? data->as_object().if_contains("object") : nullptr;
  if (object == nullptr || !object->is_object() || result.event_id.empty()) return result;
  const auto& session = object->as_object();
  if (type == "checkout.session.completed" && text_at(session, "payment_status") == "paid") {
    result.kind = ProviderEvent::Kind::paid;
    result.reference = text_at(session, "id");
    result.payment_id = text_at(session, "client_reference_id");
    const auto* amount = session.if_contains("amount_total");
    result.amount_minor = amount != nullptr && amount->is_int64() ? amount->as_int64() : -1;
    result.currency = ascii_uppercase(text_at(session, "currency"));
    result.transaction_id = text_at(session, "payment_intent");
  }
  return result;
}

}  // namespace medimeet::payments
