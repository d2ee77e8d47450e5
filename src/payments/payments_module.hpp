#pragma once

#include <chrono>

#include "appointments/appointment_service.hpp"
#include "booking/booking_service.hpp"
#include "common/background_loop.hpp"
#include "doctors/doctor_service.hpp"
#include "kernel/module.hpp"
#include "payments/payment_service.hpp"
#include "payments/payments_collection.hpp"
#include "payments/paypal_provider.hpp"
#include "payments/stripe_provider.hpp"

namespace medimeet::payments {

struct PaymentsSettings {
  PaymentSettings payments;
  StripeSettings stripe;  // cards are offered when its secret key is set
  PayPalSettings paypal;  // PayPal is offered when its client id is set
  std::chrono::milliseconds poll_interval{1000};  // how often deadlines and refunds are looked at
};

// Prepaid bookings: their payment opened with the booking, paid on the provider's page,
// completed by its webhook; the bookings left unpaid past their deadline canceled, and the
// refunds of canceled paid ones sent until the provider confirms them.
class PaymentsModule : public kernel::Module {
 public:
  PaymentsModule(kernel::Core core, const appointments::AppointmentService& appointments,
                 booking::BookingService& booking, const doctors::DoctorService& doctors, PaymentsSettings settings);

  PaymentService& service() { return service_; }

  void add_routes(http::Router& router) override;
  void export_personal_data(soci::session& sql, const access::Caller& caller,
                            boost::json::object& document) const override;
  void start() override;
  void stop() override;
  std::vector<kernel::Collection*> collections() override { return {&payments_}; }

 private:
  PaymentService service_;
  PaymentsCollection payments_;
  BackgroundLoop deadlines_;
  BackgroundLoop refunds_;
};

}  // namespace medimeet::payments
