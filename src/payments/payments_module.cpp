#include "payments/payments_module.hpp"

#include "booking/booking_events.hpp"
#include <boost/json/array.hpp>

#include "payments/payment_json.hpp"
#include "payments/payment_routes.hpp"

namespace medimeet::payments {
namespace {

std::vector<std::unique_ptr<PaymentProvider>> configured_providers(const PaymentsSettings& settings) {
  std::vector<std::unique_ptr<PaymentProvider>> providers;
  if (!settings.stripe.secret_key.empty()) providers.push_back(std::make_unique<StripeProvider>(settings.stripe));
  if (!settings.paypal.client_id.empty()) providers.push_back(std::make_unique<PayPalProvider>(settings.paypal));
  return providers;
}

}  // namespace

PaymentsModule::PaymentsModule(kernel::Core core, const appointments::AppointmentService& appointments,
                               booking::BookingService& booking, const doctors::DoctorService& doctors,
                               PaymentsSettings settings)
    : service_(core.database, core.clock, appointments, booking, doctors, configured_providers(settings),
               settings.payments),
      // The currency of the doctors' fees: that of the original MediMeet's payments, which name none.
      payments_(service_, *doctors.settings().currency),
      deadlines_("payment deadlines", settings.poll_interval, [this] { return service_.expire_overdue(); }),
      refunds_("refunds", settings.poll_interval, [this] { return service_.send_due_refunds(); }) {
  core.events.subscribe<booking::AppointmentBooked>(
      [this, &clock = core.clock](storage::Transaction& sql, const booking::AppointmentBooked& booked) {
        if (!booked.by_practice) service_.open_for(sql, booked.appointment, booked.doctor, clock.now());
      });
  core.events.subscribe<booking::AppointmentCanceled>(
      [this, &clock = core.clock](storage::Transaction& sql, const booking::AppointmentCanceled& canceled) {
        service_.close_for_cancellation(sql, canceled.appointment, clock.now());
        // A refund queued now goes out at once rather than at the next look.
        sql.after_commit([this] { refunds_.wake(); });
      });
}

void PaymentsModule::add_routes(http::Router& router) { payments::add_routes(router, service_); }

void PaymentsModule::export_personal_data(soci::session& sql, const access::Caller& caller,
                                          boost::json::object& document) const {
  // What the user paid; a doctor's patients' payments are theirs, not the doctor's.
  boost::json::array payments;
  for (const auto& payment : service_.paid_by(sql, caller.user_id)) payments.push_back(payment_to_json(payment));
  document["payments"] = std::move(payments);
}

void PaymentsModule::start() {
  deadlines_.start();
  refunds_.start();
}

void PaymentsModule::stop() {
  deadlines_.stop();
  refunds_.stop();
}

}  // namespace medimeet::payments
