#include "payments/payment_repository.hpp"

#include <soci/soci.h>

#include "common/enum_names.hpp"
#include "storage/kept_statements.hpp"
#include "storage/optional_binding.hpp"
#include "storage/query.hpp"

namespace medimeet::payments {
namespace {

constexpr EnumNames<PaymentStatus, 3> kStatusNames{{{
    {PaymentStatus::pending, "pending"}, {PaymentStatus::completed, "completed"}, {PaymentStatus::failed, "failed"}}}};
constexpr EnumNames<PaymentMethod, 2> kMethodNames{{{
    {PaymentMethod::credit_card, "creditCard"}, {PaymentMethod::paypal, "PayPal"}}}};
constexpr EnumNames<RefundStatus, 2> kRefundNames{{{
    {RefundStatus::pending, "pending"}, {RefundStatus::completed, "completed"}}}};

constexpr std::string_view kColumns =
    "SELECT p.id, p.user_id, p.appointment_id, p.doctor_id, p.amount_minor, p.currency, p.payment_method, "
    "p.transaction_id, p.provider_reference, p.checkout_url, p.status, p.failure_reason, p.due_by, p.refund_status, "
    "p.refund_id, p.refunded_at, p.created_at, p.updated_at FROM payments p ";

std::optional<long long> epoch_ms(const std::optional<TimePoint>& time) {
  return time ? std::optional(to_epoch_ms(*time)) : std::nullopt;
}

template <class Enum, std::size_t N>
std::optional<std::string> name_of(const EnumNames<Enum, N>& names, const std::optional<Enum>& value) {
  return value ? std::optional<std::string>(names.name(*value)) : std::nullopt;
}

std::vector<Payment> select_payments(soci::session& sql, const storage::Query& query) {
  Payment row;
  long long amount = 0;
  std::string currency, status;
  std::optional<std::string> method, refund_status;
  std::optional<long long> refunded_at;
  long long due_by = 0, created_at = 0, updated_at = 0;
  storage::KeptStatement statement(sql, query.text());
  statement->exchange(soci::into(row.id));
  statement->exchange(soci::into(row.user_id));
  statement->exchange(soci::into(row.appointment_id));
  statement->exchange(soci::into(row.doctor_id));
  statement->exchange(soci::into(amount));
  statement->exchange(soci::into(currency));
  statement->exchange(soci::into(method));
  statement->exchange(soci::into(row.transaction_id));
  statement->exchange(soci::into(row.provider_reference));
  statement->exchange(soci::into(row.checkout_url));
  statement->exchange(soci::into(status));
  statement->exchange(soci::into(row.failure_reason));
  statement->exchange(soci::into(due_by));
  statement->exchange(soci::into(refund_status));
  statement->exchange(soci::into(row.refund_id));
  statement->exchange(soci::into(refunded_at));
  statement->exchange(soci::into(created_at));
  statement->exchange(soci::into(updated_at));
  query.bind_to(*statement);
  std::vector<Payment> payments;
  if (!statement->execute(true)) return payments;
  do {
    auto& payment = payments.emplace_back(row);
    const auto* known = find_currency(currency);
    payment.amount = Money(amount, known != nullptr ? *known : *find_currency("EUR"));
    payment.method = method ? kMethodNames.parse(*method) : std::nullopt;
    payment.status = kStatusNames.parse(status).value_or(PaymentStatus::failed);
    payment.due_by = from_epoch_ms(due_by);
    payment.refund_status = refund_status ? kRefundNames.parse(*refund_status) : std::nullopt;
    payment.refunded_at = refunded_at ? std::optional(from_epoch_ms(*refunded_at)) : std::nullopt;
    payment.created_at = from_epoch_ms(created_at);
    payment.updated_at = from_epoch_ms(updated_at);
  } while (statement->fetch());
  return payments;
}

std::optional<Payment> select_payment(soci::session& sql, const storage::Query& query) {
  auto payments = select_payments(sql, query);
  if (payments.empty()) return std::nullopt;
  return std::move(payments.front());
}

storage::Query& visible_to(storage::Query& query, const std::string& user_id) {
  return query.append("WHERE p.user_id = ").bind(user_id).append(" OR p.doctor_id = ").bind(user_id);
}

}  // namespace

std::string_view to_string(PaymentStatus status) { return kStatusNames.name(status); }
std::string_view to_string(PaymentMethod method) { return kMethodNames.name(method); }
std::string_view to_string(RefundStatus status) { return kRefundNames.name(status); }
std::optional<PaymentMethod> payment_method_from_string(std::string_view text) { return kMethodNames.parse(text); }
std::optional<PaymentStatus> payment_status_from_string(std::string_view text) { return kStatusNames.parse(text); }
std::optional<RefundStatus> refund_status_from_string(std::string_view text) { return kRefundNames.parse(text); }

void PaymentRepository::insert(soci::session& sql, const Payment& payment) const {
  const long long amount = payment.amount.minor_units();
  const std::string currency(payment.amount.currency().code);
  const auto method = name_of(kMethodNames, payment.method);
  const std::string status(to_string(payment.status));
  const long long due_by = to_epoch_ms(payment.due_by);
  const auto refund_status = name_of(kRefundNames, payment.refund_status);
  const auto refunded_at = epoch_ms(payment.refunded_at);
  const long long created_at = to_epoch_ms(payment.created_at);
  const long long updated_at = to_epoch_ms(payment.updated_at);
  storage::run(sql, "INSERT INTO payments (id, user_id, appointment_id, doctor_id, amount_minor, currency, "
                    "payment_method, transaction_id, provider_reference, checkout_url, status, failure_reason, "
                    "due_by, refund_status, refund_id, refunded_at, created_at, updated_at) "
                    "VALUES (:id, :u, :a, :d, :m, :c, :pm, :t, :r, :url, :s, :f, :due, :rs, :ri, :ra, :ca, :ua)",
               soci::use(payment.id), soci::use(payment.user_id), soci::use(payment.appointment_id),
               soci::use(payment.doctor_id), soci::use(amount), soci::use(currency), soci::use(method),
               soci::use(payment.transaction_id), soci::use(payment.provider_reference),
               soci::use(payment.checkout_url), soci::use(status), soci::use(payment.failure_reason),
               soci::use(due_by), soci::use(refund_status), soci::use(payment.refund_id), soci::use(refunded_at),
               soci::use(created_at), soci::use(updated_at));
}

std::optional<Payment> PaymentRepository::find(soci::session& sql, const std::string& payment_id) const {
  storage::Query query(kColumns);
  return select_payment(sql, query.append("WHERE p.id = ").bind(payment_id));
}

std::optional<Payment> PaymentRepository::find_by_appointment(soci::session& sql,
                                                              const std::string& appointment_id) const {
  storage::Query query(kColumns);
  return select_payment(sql, query.append("WHERE p.appointment_id = ").bind(appointment_id));
}

std::optional<Payment> PaymentRepository::find_by_provider_reference(soci::session& sql,
                                                                     const std::string& reference) const {
  storage::Query query(kColumns);
  return select_payment(sql, query.append("WHERE p.provider_reference = ").bind(reference));
}

bool PaymentRepository::update_if(soci::session& sql, const Payment& payment, PaymentStatus expected) const {
  const auto method = name_of(kMethodNames, payment.method);
  const std::string status(to_string(payment.status));
  const std::string expected_status(to_string(expected));
  const auto refund_status = name_of(kRefundNames, payment.refund_status);
  const auto refunded_at = epoch_ms(payment.refunded_at);
  const long long updated_at = to_epoch_ms(payment.updated_at);
  storage::KeptStatement statement(sql, "UPDATE payments SET payment_method = :m, transaction_id = :t, "
                                        "provider_reference = :r, "
                                        "checkout_url = :url, status = :s, failure_reason = :f, refund_status = :rs, "
                                        "refund_id = :ri, "
                                        "refunded_at = :ra, updated_at = :u WHERE id = :id AND status = :expected",
                                   soci::use(method), soci::use(payment.transaction_id),
                                   soci::use(payment.provider_reference), soci::use(payment.checkout_url),
                                   soci::use(status), soci::use(payment.failure_reason), soci::use(refund_status),
                                   soci::use(payment.refund_id), soci::use(refunded_at), soci::use(updated_at),
                                   soci::use(payment.id), soci::use(expected_status));
  statement->execute(true);
  return statement->get_affected_rows() == 1;
}

std::vector<Payment> PaymentRepository::of_user(soci::session& sql, const std::string& user_id, int offset,
                                                int limit) const {
  storage::Query query(kColumns);
  visible_to(query, user_id).append(" ORDER BY p.created_at DESC, p.id DESC LIMIT ")
      .bind(static_cast<long long>(limit)).append(" OFFSET ").bind(static_cast<long long>(offset));
  return select_payments(sql, query);
}

std::vector<Payment> PaymentRepository::paid_by(soci::session& sql, const std::string& user_id) const {
  storage::Query query(kColumns);
  query.append("WHERE p.user_id = ").bind(user_id).append(" ORDER BY p.created_at DESC, p.id DESC");
  return select_payments(sql, query);
}

long long PaymentRepository::count_of_user(soci::session& sql, const std::string& user_id) const {
  long long count = 0;
  storage::run(sql, "SELECT COUNT(*) FROM payments WHERE user_id = :u OR doctor_id = :d",
               soci::use(user_id), soci::use(user_id), soci::into(count));
  return count;
}

std::vector<std::string> PaymentRepository::overdue(soci::session& sql, TimePoint now, int limit) const {
  const long long now_ms = to_epoch_ms(now);
  std::vector<std::string> ids(static_cast<std::size_t>(limit));
  storage::run(sql, "SELECT id FROM payments WHERE status = 'pending' AND due_by <= :now ORDER BY due_by, id LIMIT " +
               std::to_string(limit),
               soci::use(now_ms), soci::into(ids));
  return ids;
}

bool PaymentRepository::record_event(soci::session& sql, const std::string& provider, const std::string& event_id,
                                     TimePoint now) const {
  const long long received_at = to_epoch_ms(now);
  storage::KeptStatement statement(sql, "INSERT INTO payment_events (provider, event_id, received_at) VALUES (:p, :e, "
                                        ":r) "
                                        "ON CONFLICT (provider, event_id) DO NOTHING",
                                   soci::use(provider), soci::use(event_id), soci::use(received_at));
  statement->execute(true);
  return statement->get_affected_rows() == 1;
}

void PaymentRepository::queue_refund(soci::session& sql, const std::string& payment_id, TimePoint now) const {
  const long long due = to_epoch_ms(now);
  storage::run(sql, "INSERT INTO refund_jobs (payment_id, next_attempt_at) VALUES (:p, :n) ON CONFLICT (payment_id) DO "
                    "NOTHING",
               soci::use(payment_id), soci::use(due));
}

std::vector<std::pair<std::string, int>> PaymentRepository::claim_due_refunds(soci::session& sql, TimePoint now,
                                                                              int limit,
                                                                              std::chrono::seconds lease) const {
  const long long now_ms = to_epoch_ms(now);
  std::vector<std::string> candidates(static_cast<std::size_t>(limit));
  storage::run(sql, "SELECT payment_id FROM refund_jobs WHERE done = 0 AND next_attempt_at <= :now ORDER BY "
                    "next_attempt_at "
                    "LIMIT " + std::to_string(limit),
               soci::use(now_ms), soci::into(candidates));
  const long long leased_until = to_epoch_ms(now + lease);
  std::vector<std::pair<std::string, int>> claimed;
  for (const auto& id : candidates) {
    // Whoever moves the row first owns it; the others see no row changed.
    storage::Query claim("UPDATE refund_jobs SET next_attempt_at = ");
    claim.bind(leased_until).append(" WHERE payment_id = ").bind(id).append(" AND done = 0 AND next_attempt_at <= ")
        .bind(now_ms);
    if (storage::execute_counting_rows(sql, claim) != 1) continue;
    int attempts = 0;
    storage::run(sql, "SELECT attempts FROM refund_jobs WHERE payment_id = :p", soci::use(id), soci::into(attempts));
    claimed.emplace_back(id, attempts);
  }
  return claimed;
}

void PaymentRepository::refund_done(soci::session& sql, const std::string& payment_id) const {
  storage::run(sql, "UPDATE refund_jobs SET done = 1, attempts = attempts + 1, last_error = NULL WHERE payment_id = :p",
               soci::use(payment_id));
}

void PaymentRepository::retry_refund(soci::session& sql, const std::string& payment_id, int attempts,
                                     const std::string& error, TimePoint retry_at) const {
  const long long next = to_epoch_ms(retry_at);
  storage::run(sql, "UPDATE refund_jobs SET attempts = :a, last_error = :e, next_attempt_at = :n WHERE payment_id = :p",
               soci::use(attempts), soci::use(error), soci::use(next), soci::use(payment_id));
}

}  // namespace medimeet::payments
