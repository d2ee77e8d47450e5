#include "payments/payment_service.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "common/error.hpp"
#include "common/field_problems.hpp"
#include "common/object_id.hpp"

namespace medimeet::payments {
namespace {

constexpr int kBatch = 20;
constexpr auto kRefundLease = std::chrono::minutes(2);

AppError payment_not_found() { return AppError::not_found("The payment"); }

// 1 min, 2, 4 … up to 6 h between tries of a refund the provider refused or did not answer.
std::chrono::seconds refund_backoff(int attempts) {
  const auto delay = std::chrono::seconds(60) * (1LL << std::min(attempts, 9));
  return std::min<std::chrono::seconds>(delay, std::chrono::hours(6));
}

}  // namespace

PaymentService::PaymentService(storage::Database& database, const Clock& clock,
                               const appointments::AppointmentService& appointments, booking::BookingService& booking,
                               const doctors::DoctorService& doctors,
                               std::vector<std::unique_ptr<PaymentProvider>> providers, PaymentSettings settings)
    : database_(database),
      clock_(clock),
      appointments_(appointments),
      booking_(booking),
      doctors_(doctors),
      settings_(std::move(settings)) {
  for (auto& provider : providers) {
    const auto method = provider->method();
    providers_[method] = std::move(provider);
  }
}

std::vector<PaymentMethod> PaymentService::methods() const {
  std::vector<PaymentMethod> methods;
  for (const auto& [method, provider] : providers_) methods.push_back(method);
  return methods;
}

PaymentProvider& PaymentService::provider(PaymentMethod method) const {
  const auto found = providers_.find(method);
  if (found == providers_.end()) throw std::logic_error("no provider for this payment method");
  return *found->second;
}

void PaymentService::open_for(storage::Transaction& sql, const appointments::Appointment& appointment,
                              const doctors::Doctor& doctor, TimePoint now) const {
  // A server with no payment method cannot take one: an imported doctor's prepayment waits for it.
  if (providers_.empty() || !doctors::requires_prepayment(doctor, appointment.mode)) return;
  std::optional<Money> fee;
  if (appointment.reason_id) {
    if (const auto reason = doctors_.find_visit_reason(sql, doctor.id, *appointment.reason_id)) fee = reason->price;
  }
  if (!fee) fee = doctor.price;
  if (!fee || fee->minor_units() <= 0) {
    throw AppError::conflict("no_price", "This doctor asks for payment when booking but has no fee set; call the practice.");
  }
  Payment payment;
  payment.id = new_object_id(now);
  payment.user_id = appointment.patient_id;
  payment.appointment_id = appointment.id;
  payment.doctor_id = doctor.id;
  payment.amount = *fee;
  payment.due_by = now + settings_.timeout;
  payment.created_at = payment.updated_at = now;
  payments_.insert(sql, payment);
}

void PaymentService::close_for_cancellation(storage::Transaction& sql, const appointments::Appointment& appointment,
                                            TimePoint now) const {
  auto payment = payments_.find_by_appointment(sql, appointment.id);
  if (!payment) return;
  const auto previous = payment->status;
  payment->updated_at = now;
  if (previous == PaymentStatus::pending) {
    payment->status = PaymentStatus::failed;
    payment->failure_reason = "canceled";
  } else if (previous == PaymentStatus::completed && !payment->refund_status) {
    payment->refund_status = RefundStatus::pending;
    payments_.queue_refund(sql, payment->id, now);
  } else {
    return;
  }
  payments_.update_if(sql, *payment, previous);
}

Payment PaymentService::visible(const access::Caller& caller, std::optional<Payment> found) const {
  if (!found || (found->user_id != caller.user_id && found->doctor_id != caller.user_id)) throw payment_not_found();
  return std::move(*found);
}

Payment PaymentService::get(const access::Caller& caller, const std::string& payment_id) {
  return database_.read([&](soci::session& sql) { return visible(caller, payments_.find(sql, payment_id)); });
}

Payment PaymentService::of_appointment(const access::Caller& caller, const std::string& appointment_id) {
  return database_.read(
      [&](soci::session& sql) { return visible(caller, payments_.find_by_appointment(sql, appointment_id)); });
}

PaymentPage PaymentService::list(const access::Caller& caller, const PageRequest& paging) {
  return database_.read([&](soci::session& sql) {
    return PaymentPage{payments_.of_user(sql, caller.user_id, paging.offset(), paging.limit),
                       payments_.count_of_user(sql, caller.user_id)};
  });
}

std::optional<Payment> PaymentService::find(soci::session& sql, const std::string& payment_id) const {
  return payments_.find(sql, payment_id);
}

void PaymentService::import_payment(storage::Transaction& sql, Payment payment,
                                    std::optional<TimePoint> due_by) const {
  const auto appointment = appointments_.find(sql, payment.appointment_id);
  if (!appointment) {
    throw AppError::field("appointmentId", FieldProblem("unknown_reference", "refers to no document of appointments.json",
                                                        {{"collection", std::string("appointments.json")}}));
  }
  if (payment.user_id != appointment->patient_id) {
    throw AppError::field("userId", problems::one_of(appointment->patient_id,
                                                     "must be the appointment's patient, " + appointment->patient_id));
  }
  // The original MediMeet set no deadline: a payment is owed by the visit at the latest.
  payment.due_by = due_by.value_or(appointment->appointment_date);
  if (payment.doctor_id.empty()) {
    payment.doctor_id = appointment->doctor_id;
  } else if (payment.doctor_id != appointment->doctor_id) {
    throw AppError::field("doctorId", problems::one_of(appointment->doctor_id,
                                                       "must be the appointment's doctor, " + appointment->doctor_id));
  }
  payments_.insert(sql, payment);
  if (payment.refund_status == RefundStatus::pending) payments_.queue_refund(sql, payment.id, clock_.now());
}

std::vector<Payment> PaymentService::paid_by(soci::session& sql, const std::string& user_id) const {
  return payments_.paid_by(sql, user_id);
}

Payment PaymentService::checkout(const access::Caller& payer, const std::string& payment_id, PaymentMethod method) {
  if (!providers_.contains(method)) {
    throw AppError::field("paymentMethod", problems::one_of("creditCard, PayPal", "is not offered on this server"));
  }
  const auto now = clock_.now();
  auto payment = database_.read([&](soci::session& sql) {
    auto found = payments_.find(sql, payment_id);
    if (!found || found->user_id != payer.user_id) throw payment_not_found();
    return std::move(*found);
  });
  if (payment.status != PaymentStatus::pending) {
    throw AppError::conflict("payment_not_pending", "This payment is " + std::string(to_string(payment.status)) + ".");
  }
  if (now >= payment.due_by) {
    throw AppError::conflict("payment_expired", "The time to pay for this booking is over; book again.");
  }
  if (payment.method == method && payment.checkout_url) return payment;
  const auto appointment = database_.read([&](soci::session& sql) { return appointments_.find(sql, payment.appointment_id); });
  // The provider's page is made outside any transaction: a network call never holds the database.
  const auto page = provider(method).start_checkout(
      {payment.id, payment.amount,
       "MediMeet — " + (appointment ? appointment->doctor_name + ", " + format_iso8601(appointment->appointment_date).substr(0, 10)
                                    : std::string("consultation")),
       settings_.public_url + "/payments/" + payment.id + "?result=paid",
       settings_.public_url + "/payments/" + payment.id + "?result=canceled"});
  payment.method = method;
  payment.provider_reference = page.reference;
  payment.checkout_url = page.url;
  payment.updated_at = clock_.now();
  const bool saved = database_.write([&](storage::Transaction& sql) {
    return payments_.update_if(sql, payment, PaymentStatus::pending);
  });
  if (!saved) throw AppError::conflict("payment_not_pending", "This payment was settled meanwhile.");
  return payment;
}

Payment PaymentService::confirm(const access::Caller& payer, const std::string& payment_id) {
  auto find_own = [&] {
    return database_.read([&](soci::session& sql) {
      auto found = payments_.find(sql, payment_id);
      if (!found || found->user_id != payer.user_id) throw payment_not_found();
      return std::move(*found);
    });
  };
  const auto payment = find_own();
  if (payment.status != PaymentStatus::pending || !payment.method) return payment;
  // Outside any transaction: the provider is called over the network.
  if (const auto event = provider(*payment.method).collect(payment)) take_event(*payment.method, *event);
  return find_own();
}

void PaymentService::take_webhook(PaymentMethod provider_method, const std::map<std::string, std::string>& headers,
                                  const std::string& body) {
  take_event(provider_method, provider(provider_method).read_webhook(headers, body, clock_.now()));
}

void PaymentService::take_event(PaymentMethod provider_method, const ProviderEvent& event) {
  const auto now = clock_.now();
  database_.write([&](storage::Transaction& sql) {
    if (!payments_.record_event(sql, std::string(to_string(provider_method)), event.event_id, now)) return;  // a replay
    if (event.kind != ProviderEvent::Kind::paid) return;
    auto payment = payments_.find_by_provider_reference(sql, event.reference);
    // The patient may have opened one provider's page, then chosen another method: the payment
    // then names the other's reference, but the event still names the payment.
    if (!payment && !event.payment_id.empty()) payment = payments_.find(sql, event.payment_id);
    if (!payment) {
      spdlog::warn("payment webhook {}: no payment for {}", event.event_id, event.reference);
      return;
    }
    settle(sql, std::move(*payment), event, provider_method, now);
  });
}

void PaymentService::settle(storage::Transaction& sql, Payment payment, const ProviderEvent& event,
                            PaymentMethod paid_with, TimePoint now) const {
  // Failed for want of payment (its deadline passed, or its booking was canceled) and paid after all.
  const bool late = payment.status == PaymentStatus::failed && payment.failure_reason != "amount_mismatch";
  if (payment.status != PaymentStatus::pending && !late) return;  // settled already: nothing moves back
  const auto previous = payment.status;
  payment.updated_at = now;
  if (event.amount_minor != payment.amount.minor_units() || event.currency != payment.amount.currency().code) {
    spdlog::error("payment {}: the provider reports {} {} where {} {} was asked; marked failed", payment.id,
                  event.amount_minor, event.currency, payment.amount.minor_units(), payment.amount.currency().code);
    if (late) return;
    payment.status = PaymentStatus::failed;
    payment.failure_reason = "amount_mismatch";
    payments_.update_if(sql, payment, previous);
    return;
  }
  payment.status = PaymentStatus::completed;
  payment.method = paid_with;
  payment.failure_reason.reset();
  payment.transaction_id = event.transaction_id;
  const auto appointment = appointments_.find(sql, payment.appointment_id);
  if (late || !appointment || appointment->status == appointments::Status::canceled) {
    // Money came for a booking that no longer stands: it goes back at once.
    payment.refund_status = RefundStatus::pending;
    payments_.queue_refund(sql, payment.id, now);
  }
  payments_.update_if(sql, payment, previous);
}

int PaymentService::expire_overdue() {
  const auto now = clock_.now();
  const auto overdue = database_.read([&](soci::session& sql) { return payments_.overdue(sql, now, kBatch); });
  int expired = 0;
  for (const auto& id : overdue) {
    database_.write([&](storage::Transaction& sql) {
      auto payment = payments_.find(sql, id);
      if (!payment || payment->status != PaymentStatus::pending) return;
      payment->status = PaymentStatus::failed;
      payment->failure_reason = "expired";
      payment->updated_at = now;
      // Another instance that got there first changed the status: then nothing here.
      if (!payments_.update_if(sql, *payment, PaymentStatus::pending)) return;
      booking_.cancel_unpaid(sql, payment->appointment_id, "payment not completed", now);
      ++expired;
    });
  }
  return expired;
}

int PaymentService::send_due_refunds() {
  const auto now = clock_.now();
  const auto due = database_.write(
      [&](storage::Transaction& sql) { return payments_.claim_due_refunds(sql, now, kBatch, kRefundLease); });
  int confirmed = 0;
  for (const auto& [payment_id, attempts] : due) {
    const auto payment = database_.read([&](soci::session& sql) { return payments_.find(sql, payment_id); });
    if (!payment || !payment->method) continue;
    try {
      const auto outcome = provider(*payment->method).refund(*payment);
      database_.write([&](storage::Transaction& sql) {
        auto refunded = *payment;
        refunded.refund_id = outcome.refund_id;
        refunded.updated_at = clock_.now();
        if (outcome.confirmed) {
          refunded.refund_status = RefundStatus::completed;
          refunded.refunded_at = refunded.updated_at;
          payments_.refund_done(sql, payment_id);
        } else {
          payments_.retry_refund(sql, payment_id, attempts + 1, "not confirmed yet", now + refund_backoff(attempts));
        }
        payments_.update_if(sql, refunded, PaymentStatus::completed);
      });
      if (outcome.confirmed) ++confirmed;
    } catch (const std::exception& error) {
      spdlog::warn("refund of payment {} (attempt {}): {}", payment_id, attempts + 1, error.what());
      database_.write([&](storage::Transaction& sql) {
        payments_.retry_refund(sql, payment_id, attempts + 1, error.what(), now + refund_backoff(attempts));
      });
    }
  }
  return confirmed;
}

}  // namespace medimeet::payments
