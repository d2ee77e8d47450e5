#include "payments/payment_json.hpp"

#include "common/field_problems.hpp"
#include "common/json_input.hpp"
#include "common/json_output.hpp"

namespace medimeet::payments {
namespace {

template <class Enum>
boost::json::value name_or_null(const std::optional<Enum>& value) {
  return value ? boost::json::value(to_string(*value)) : boost::json::value(nullptr);
}

}  // namespace

boost::json::object payment_to_json(const Payment& payment) {
  return {{"_id", payment.id},
          {"userId", payment.user_id},
          {"appointmentId", payment.appointment_id},
          {"doctorId", payment.doctor_id},
          {"amount", payment.amount.major_units()},
          {"currency", payment.amount.currency().code},
          {"paymentMethod", name_or_null(payment.method)},
          {"transactionId", nullable(payment.transaction_id)},
          {"status", to_string(payment.status)},
          {"failureReason", nullable(payment.failure_reason)},
          {"dueBy", format_iso8601(payment.due_by)},
          {"checkoutUrl", payment.status == PaymentStatus::pending ? nullable(payment.checkout_url) : nullptr},
          {"refundStatus", name_or_null(payment.refund_status)},
          {"refundedAt", nullable(payment.refunded_at)},
          {"createdAt", format_iso8601(payment.created_at)},
          {"updatedAt", format_iso8601(payment.updated_at)}};
}

PaymentMethod parse_checkout(std::string_view body) {
  auto input = JsonInput::parse(body);
  const auto name = input.required_string("paymentMethod");
  const auto method = payment_method_from_string(name);
  if (input.ok() && !method) input.reject("paymentMethod", problems::one_of("creditCard, PayPal"));
  input.finish();
  return *method;
}

}  // namespace medimeet::payments
