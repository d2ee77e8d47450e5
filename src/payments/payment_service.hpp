#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "access/caller.hpp"
#include "appointments/appointment.hpp"
#include "appointments/appointment_service.hpp"
#include "booking/booking_service.hpp"
#include "common/paging.hpp"
#include "common/time.hpp"
#include "doctors/doctor_service.hpp"
#include "payments/payment.hpp"
#include "payments/payment_provider.hpp"
#include "payments/payment_repository.hpp"
#include "storage/database.hpp"

namespace medimeet::payments {

struct PaymentSettings {
  std::string public_url = "http://127.0.0.1:8080";  // the provider sends the patient back here
  std::chrono::seconds timeout = std::chrono::minutes(15);  // MEDIMEET_PAYMENT_TIMEOUT
};

struct PaymentPage {
  std::vector<Payment> payments;
  long long total = 0;
};

// The Payments collection's use cases: a booking that needs prepayment opens a pending
// payment in its own transaction; the patient pays on the provider's page; the provider's
// signed webhook completes it, once; an unpaid booking is canceled at its deadline; a paid one
// canceled within the rules is refunded, retried until the provider confirms.
class PaymentService {
 public:
  static constexpr int kMaxPageSize = 100;

  PaymentService(storage::Database& database, const Clock& clock, const appointments::AppointmentService& appointments,
                 booking::BookingService& booking, const doctors::DoctorService& doctors,
                 std::vector<std::unique_ptr<PaymentProvider>> providers, PaymentSettings settings);

  // The methods this instance offers (those whose provider is configured).
  std::vector<PaymentMethod> methods() const;

  // In the booking's transaction: a pending payment of the visit reason's fee, else the
  // doctor's, when the doctor asks prepayment for the appointment's mode (not for a booking the
  // practice made). 409 no_price when there is no fee to ask.
  void open_for(storage::Transaction& sql, const appointments::Appointment& appointment,
                const doctors::Doctor& doctor, TimePoint now) const;
  // In the cancellation's transaction: a completed payment is refunded (a patient cancels online
  // only within the notice, so every cancellation that reaches here is within the rules); a
  // pending one fails ("canceled"), and money that still comes for it is refunded at once.
  void close_for_cancellation(storage::Transaction& sql, const appointments::Appointment& appointment,
                              TimePoint now) const;

  // Its payer or its doctor; 404 for anyone else.
  Payment get(const access::Caller& caller, const std::string& payment_id);
  Payment of_appointment(const access::Caller& caller, const std::string& appointment_id);
  PaymentPage list(const access::Caller& caller, const PageRequest& paging);
  // The payment with this id, read on `sql`: for the operator's export.
  std::optional<Payment> find(soci::session& sql, const std::string& payment_id) const;
  // Stores a payment of a data import as it is (the importer checked it), after its appointment:
  // with no doctor_id it takes the appointment's doctor, with no `due_by` the appointment's start;
  // 400 on userId for another payer than the appointment's patient, on doctorId for another
  // doctor. A refund still pending is queued, to be asked of the provider again; nothing is
  // published.
  void import_payment(storage::Transaction& sql, Payment payment, std::optional<TimePoint> due_by) const;
  // Every payment the user made, newest first: for their data export.
  std::vector<Payment> paid_by(soci::session& sql, const std::string& user_id) const;
  // The payer starts paying with `method`, getting the provider's page (the same one again for
  // the same method): 404 for anyone else, 409 payment_not_pending once it completed or failed,
  // 409 payment_expired past its deadline, 400 on paymentMethod for a method not offered.
  Payment checkout(const access::Caller& payer, const std::string& payment_id, PaymentMethod method);
  // The payer is back from the provider's page: the provider is asked where the payment stands
  // (PayPal's order is captured now), and the payment as it then is returned. 404 for anyone else.
  Payment confirm(const access::Caller& payer, const std::string& payment_id);
  // A provider's webhook, acted on once per event id: a matching payment completes; an amount or
  // currency that differs marks it failed; a late one (its booking canceled) is refunded at once.
  void take_webhook(PaymentMethod provider, const std::map<std::string, std::string>& headers,
                    const std::string& body);

  // Cancels the bookings whose payment did not come in time; returns how many.
  int expire_overdue();
  // Asks the providers for the refunds that are due; returns how many they confirmed.
  int send_due_refunds();

 private:
  PaymentProvider& provider(PaymentMethod method) const;
  // The payment when the caller is its payer or its doctor; 404 otherwise.
  Payment visible(const access::Caller& caller, std::optional<Payment> found) const;
  void settle(storage::Transaction& sql, Payment payment, const ProviderEvent& event, PaymentMethod paid_with,
              TimePoint now) const;
  // Acts on a paid event once per (provider, event id).
  void take_event(PaymentMethod provider, const ProviderEvent& event);

  storage::Database& database_;
  const Clock& clock_;
  const appointments::AppointmentService& appointments_;
  booking::BookingService& booking_;
  const doctors::DoctorService& doctors_;
  std::map<PaymentMethod, std::unique_ptr<PaymentProvider>> providers_;
  PaymentSettings settings_;
  PaymentRepository payments_;
};

}  // namespace medimeet::payments
