#pragma once

#include <map>
#include <optional>
#include <string>

#include "common/money.hpp"
#include "common/time.hpp"
#include "payments/payment.hpp"

namespace medimeet::payments {

// What the patient is sent to pay.
struct CheckoutRequest {
  std::string payment_id;
  Money amount;
  std::string description;  // "Consultation — Dr Hélène Durand, 1 December 2026"
  std::string success_url;  // back to MediMeet once paid
  std::string cancel_url;   // back to MediMeet without paying
};

// The provider's page for it: `reference` names it at the provider (Checkout Session, order).
struct Checkout {
  std::string reference;
  std::string url;
};

// What a provider's notification, checked genuine, says happened.
struct ProviderEvent {
  enum class Kind { paid, other };
  std::string event_id;
  Kind kind = Kind::other;
  std::string reference;       // the Checkout Session or order it is about
  std::string payment_id;      // ours, as we gave it to the provider (when the event carries it)
  long long amount_minor = 0;  // what was paid
  std::string currency;        // ISO 4217, upper case
  std::string transaction_id;  // the provider's payment
};

// A refund the provider accepted; `confirmed` once it says the money went back.
struct RefundOutcome {
  std::string refund_id;
  bool confirmed = false;
};

// A payment provider, as the payments module uses it. Calls go over the network: they throw
// std::runtime_error when the provider cannot be reached or refuses.
class PaymentProvider {
 public:
  virtual ~PaymentProvider() = default;
  virtual PaymentMethod method() const = 0;
  virtual Checkout start_checkout(const CheckoutRequest& request) = 0;
  // The patient is back from the provider's page: what it now says of the payment (PayPal's
  // order captured), or nullopt when the provider tells only by webhook (Stripe) or nothing yet.
  virtual std::optional<ProviderEvent> collect(const Payment& payment) = 0;
  // Asks the provider to pay back the whole of a completed payment; asking again for the same
  // payment never refunds twice.
  virtual RefundOutcome refund(const Payment& payment) = 0;
  // The event a webhook request carries, once its signature is checked: AppError 400
  // invalid_signature for a forged, altered or stale one.
  virtual ProviderEvent read_webhook(const std::map<std::string, std::string>& headers, const std::string& body,
                                     TimePoint now) = 0;
};

}  // namespace medimeet::payments
