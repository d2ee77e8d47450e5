#include "payments/payments_collection.hpp"

#include <cstddef>

#include "accounts/users_collection.hpp"
#include "common/field_problems.hpp"
#include "common/json_output.hpp"
#include "payments/payment_json.hpp"
#include "storage/query.hpp"

namespace medimeet::payments {
namespace {

// Provider ids are a few dozen characters; the bound keeps a document from hiding in one.
constexpr std::size_t kMaxProviderId = 255;
constexpr std::size_t kMaxFailureReason = 100;
// Far above any fee, and far below where a double stops holding whole minor units.
constexpr double kMaxAmount = 1e9;

// The API's document without the checkout page (it expires; a later checkout makes another), with
// the provider's ids, which a pending PayPal order and a pending refund are followed up by.
boost::json::object to_document(const Payment& payment) {
  auto document = payment_to_json(payment);
  document.erase("checkoutUrl");
  document["providerReference"] = nullable(payment.provider_reference);
  document["refundId"] = nullable(payment.refund_id);
  return document;
}

// `amount` in the major unit of `currency`: more than 0, with no more decimals than its minor unit.
std::optional<Money> read_amount(JsonInput& document, const Currency& currency) {
  const auto amount = document.optional_number("amount");
  if (!amount) {
    if (!document.has("amount")) document.reject("amount", problems::required());
    return std::nullopt;
  }
  if (*amount <= 0) {
    document.reject("amount", FieldProblem("not_positive", "must be more than 0"));
    return std::nullopt;
  }
  if (*amount > kMaxAmount) {
    document.reject("amount", problems::out_of_range(0, static_cast<long long>(kMaxAmount)));
    return std::nullopt;
  }
  auto money = Money::from_major_units(*amount, currency);
  if (!money) document.reject("amount", problems::too_many_decimals(currency.exponent));
  return money;
}

}  // namespace

const ExtendedJsonShape& PaymentsCollection::shape() const {
  static const ExtendedJsonShape shape{{"_id", "userId", "appointmentId", "doctorId"},
                                       {"dueBy", "refundedAt", "createdAt", "updatedAt"}};
  return shape;
}

void PaymentsCollection::export_documents(soci::session& sql, const kernel::DocumentWriter& write) const {
  storage::for_each_id(sql, "payments", [&](const std::string& id) {
    if (auto payment = payments_.find(sql, id)) write(to_document(*payment));
  });
}

kernel::DocumentInsert PaymentsCollection::import_document(JsonInput& document, kernel::ImportedIds& ids) {
  Payment payment;
  payment.id = kernel::read_document_id(document, name(), ids);
  payment.user_id = kernel::read_reference(document, "userId", "users", ids);
  payment.appointment_id = kernel::read_reference(document, "appointmentId", "appointments", ids);
  // One payment an appointment (a unique column): a second one is told here, not by the database.
  if (!payment.appointment_id.empty() && !ids.add("payments.appointmentId", payment.appointment_id)) {
    document.reject("appointmentId", FieldProblem("duplicate_payment", "has a payment in an earlier document"));
  }
  // Left empty, it becomes the appointment's doctor when the payment is stored.
  payment.doctor_id =
      kernel::read_optional_reference(document, "doctorId", accounts::users_with_role(access::Role::doctor), ids).value_or("");

  const Currency* currency = &currency_;
  if (auto code = document.optional_string("currency")) {
    currency = find_currency(*code);
    if (currency == nullptr) {
      document.reject("currency", FieldProblem("unknown_currency", "is not an ISO 4217 currency this server knows, like EUR"));
    }
  }
  if (currency != nullptr) {
    if (auto amount = read_amount(document, *currency)) payment.amount = *amount;
  } else {
    document.optional_number("amount");  // its decimals cannot be checked without a currency
  }

  if (auto method = document.optional_string("paymentMethod")) {
    payment.method = payment_method_from_string(*method);
    if (!payment.method) document.reject("paymentMethod", problems::one_of("creditCard, PayPal"));
  }
  payment.transaction_id = document.optional_text("transactionId", kMaxProviderId);
  payment.provider_reference = document.optional_text("providerReference", kMaxProviderId);
  const auto status = document.required_string("status");
  if (auto known = payment_status_from_string(status)) {
    payment.status = *known;
  } else if (document.has("status")) {
    document.reject("status", problems::one_of("pending, completed, failed"));
  }
  payment.failure_reason = document.optional_text("failureReason", kMaxFailureReason);
  const auto due_by = document.optional_instant("dueBy", kernel::kInstantExample);
  if (auto refund = document.optional_string("refundStatus")) {
    payment.refund_status = refund_status_from_string(*refund);
    if (!payment.refund_status) document.reject("refundStatus", problems::one_of("pending, completed"));
  }
  payment.refund_id = document.optional_text("refundId", kMaxProviderId);
  payment.refunded_at = document.optional_instant("refundedAt", kernel::kInstantExample);
  std::tie(payment.created_at, payment.updated_at) = kernel::read_timestamps(document, payment.id);
  return [this, payment, due_by](storage::Transaction& sql) { payments_.import_payment(sql, payment, due_by); };
}

}  // namespace medimeet::payments
