#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/money.hpp"
#include "common/time.hpp"

namespace medimeet::payments {

// The seed's statuses. A payment only moves forward: pending → completed or failed. The one
// way out of failed is money the provider took after the payment's deadline had canceled its
// appointment: it becomes completed and is refunded at once.
enum class PaymentStatus { pending, completed, failed };
// The seed's methods, as the API spells them: creditCard (Stripe Checkout), PayPal.
enum class PaymentMethod { credit_card, paypal };
// An addition: a refund asked of the provider, then confirmed by it.
enum class RefundStatus { pending, completed };

std::string_view to_string(PaymentStatus status);
std::string_view to_string(PaymentMethod method);
std::string_view to_string(RefundStatus status);
std::optional<PaymentMethod> payment_method_from_string(std::string_view text);
std::optional<PaymentStatus> payment_status_from_string(std::string_view text);
std::optional<RefundStatus> refund_status_from_string(std::string_view text);

// A document of the Payments collection (userId is the paying patient), with its additions.
struct Payment {
  std::string id;
  std::string user_id;
  std::string appointment_id;
  std::string doctor_id;
  Money amount{0, *find_currency("EUR")};  // the instance's currency, set when it is made
  std::optional<PaymentMethod> method;         // chosen at checkout
  std::optional<std::string> transaction_id;   // the provider's payment (PaymentIntent, PayPal capture)
  std::optional<std::string> provider_reference;  // the Checkout Session or PayPal order
  std::optional<std::string> checkout_url;     // where the patient pays
  PaymentStatus status = PaymentStatus::pending;
  std::optional<std::string> failure_reason;   // "expired", "amount_mismatch"
  TimePoint due_by;                            // unpaid then, its appointment is canceled
  std::optional<RefundStatus> refund_status;
  std::optional<std::string> refund_id;
  std::optional<TimePoint> refunded_at;        // when the provider confirmed the refund
  TimePoint created_at;
  TimePoint updated_at;
};

}  // namespace medimeet::payments
