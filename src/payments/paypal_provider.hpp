#pragma once

#include <mutex>
#include <string>

#include "payments/payment_provider.hpp"

namespace medimeet::payments {

struct PayPalSettings {
  std::string client_id;      // MEDIMEET_PAYPAL_CLIENT_ID
  std::string client_secret;  // MEDIMEET_PAYPAL_CLIENT_SECRET
  std::string webhook_id;     // MEDIMEET_PAYPAL_WEBHOOK_ID: the webhook PayPal signs for
  std::string api_url = "https://api-m.paypal.com";  // MEDIMEET_PAYPAL_API_URL
};

// PayPal through its Orders v2 API: an order (PayPal-Request-Id makes a retried call the same
// call) the patient approves on PayPal's page, captured when they come back or when PayPal's
// webhook says they approved; webhooks are checked by PayPal's own verify-webhook-signature call.
// The OAuth access token (client credentials) is kept until shortly before it expires.
class PayPalProvider final : public PaymentProvider {
 public:
  explicit PayPalProvider(PayPalSettings settings) : settings_(std::move(settings)) {}

  PaymentMethod method() const override { return PaymentMethod::paypal; }
  Checkout start_checkout(const CheckoutRequest& request) override;
  std::optional<ProviderEvent> collect(const Payment& payment) override;
  RefundOutcome refund(const Payment& payment) override;
  ProviderEvent read_webhook(const std::map<std::string, std::string>& headers, const std::string& body,
                             TimePoint now) override;

 private:
  std::string access_token();
  // The order captured (once, whoever asks), as a paid event; nullopt while not approved.
  std::optional<ProviderEvent> capture(const std::string& order_id, const std::string& payment_id);

  PayPalSettings settings_;
  std::mutex token_mutex_;
  std::string token_;
  std::chrono::steady_clock::time_point token_expires_{};
};

// "30.00" in a currency of `exponent` decimals -> 3000; nullopt for anything else.
std::optional<long long> minor_units_of(std::string_view value, int exponent);

}  // namespace medimeet::payments
