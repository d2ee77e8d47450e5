#pragma once

#include <string>

#include "payments/payment_provider.hpp"

namespace medimeet::payments {

struct StripeSettings {
  std::string secret_key;      // MEDIMEET_STRIPE_SECRET_KEY (sk_…)
  std::string webhook_secret;  // MEDIMEET_STRIPE_WEBHOOK_SECRET (whsec_…)
  std::string api_url = "https://api.stripe.com";  // MEDIMEET_STRIPE_API_URL
};

// Cards through Stripe Checkout: the patient types their card on Stripe's page, never on ours.
// Checkout Sessions and refunds are created over Stripe's REST API with an Idempotency-Key
// derived from the payment, so a retried call never charges or refunds twice; webhooks are
// accepted with a valid Stripe-Signature (HMAC-SHA256 of "<t>.<body>" under the webhook secret)
// at most five minutes old.
class StripeProvider final : public PaymentProvider {
 public:
  explicit StripeProvider(StripeSettings settings) : settings_(std::move(settings)) {}

  PaymentMethod method() const override { return PaymentMethod::credit_card; }
  Checkout start_checkout(const CheckoutRequest& request) override;
  // Stripe says it by webhook.
  std::optional<ProviderEvent> collect(const Payment&) override { return std::nullopt; }
  RefundOutcome refund(const Payment& payment) override;
  ProviderEvent read_webhook(const std::map<std::string, std::string>& headers, const std::string& body,
                             TimePoint now) override;

 private:
  StripeSettings settings_;
};

// The Stripe-Signature header for `body` at `t` under `secret` ("t=…,v1=…"): how Stripe signs,
// for tests and the fake provider.
std::string stripe_signature(const std::string& secret, long long t, const std::string& body);

}  // namespace medimeet::payments
