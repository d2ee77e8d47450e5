// Prepaid bookings over HTTP against fake Stripe and PayPal servers on loopback: the booking opens a pending
// payment; the patient's checkout gets Stripe's page (the same one when asked again); only a
// webhook with a valid, fresh signature completes it, once; a wrong amount fails it; an unpaid
// booking is canceled at its deadline and its slot freed; money that comes late, and a paid
// booking canceled, are refunded, retried until the provider confirms. PayPal's orders are
// captured when the patient comes back, or on its webhook, which PayPal itself vouches for.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <thread>

#include "booking_fixture.hpp"
#include "fake_paypal.hpp"
#include "fake_stripe.hpp"
#include "http/outgoing_request.hpp"

namespace medimeet {
namespace {

using namespace std::chrono_literals;
using boost::json::object;
using testing::FakePayPal;
using testing::FakeStripe;
using testing::HttpResult;
using testing::TestAccount;
using testing::text;

// Waits for the server's background work (deadlines, refunds: a pass every 20 ms here) to make
// `done` true; generous, since CI machines are busy. False when it never did.
template <class Condition>
bool eventually(Condition done) {
  for (int i = 0; i < 1500 && !done(); ++i) std::this_thread::sleep_for(20ms);
  return done();
}

// Built before the server, which is told where they are.
struct WithFakeProviders {
  explicit WithFakeProviders(std::function<TimePoint()> now) : stripe(std::move(now)) {}
  FakeStripe stripe;
  FakePayPal paypal;
};

testing::TestServerOptions paying_through(const WithFakeProviders& providers) {
  return {.smtp = false,
          .adjust = [stripe = providers.stripe.api_url(), paypal = providers.paypal.api_url()](app::Config& config) {
            config.stripe_secret_key = FakeStripe::kSecretKey;
            config.stripe_webhook_secret = FakeStripe::kWebhookSecret;
            config.stripe_api_url = stripe;
            config.paypal_client_id = FakePayPal::kClientId;
            config.paypal_client_secret = FakePayPal::kClientSecret;
            config.paypal_webhook_id = FakePayPal::kWebhookId;
            config.paypal_api_url = paypal;
            config.payment_poll_interval = 20ms;
          }};
}

class PaymentsApiTest : protected WithFakeProviders, public testing::BookingFixture {
 protected:
  PaymentsApiTest()
      : WithFakeProviders([this] { return server_.clock().now(); }), BookingFixture(paying_through(*this)) {
    stripe.send_webhooks_to(server_.base_url() + "/api/v1/payments/webhooks/stripe");
    paypal.send_webhooks_to(server_.base_url() + "/api/v1/payments/webhooks/paypal");
    EXPECT_EQ(server_.client().patch("/api/v1/doctors/me", object{{"prepayment", "all"}}, doctor_.token).status, 200);
    ann_ = patient("ann@example.com");
  }

  // Ann books Tuesday 09:00Z; returns the appointment's payment.
  object booked_payment(const std::string& date = "2026-12-01T09:00:00.000Z") {
    const auto booked = book(ann_, date);
    EXPECT_EQ(booked.status, 201) << booked.body;
    appointment_id_ = id_of(booked);
    return payment_of(ann_);
  }
  object payment_of(const TestAccount& who) {
    const auto found = server_.client().get("/api/v1/appointments/" + appointment_id_ + "/payment", who.token);
    EXPECT_EQ(found.status, 200) << found.body;
    return found.status == 200 ? found.json().as_object() : object{};
  }
  HttpResult checkout(const TestAccount& who, const std::string& payment_id, const std::string& method = "creditCard") {
    return server_.client().post("/api/v1/payments/" + payment_id + "/checkout", object{{"paymentMethod", method}},
                                 who.token);
  }
  // The Checkout Session Ann was sent to.
  std::string session_of(const std::string& payment_id) {
    const auto paying = checkout(ann_, payment_id);
    EXPECT_EQ(paying.status, 200) << paying.body;
    for (const auto& session : stripe.sessions()) {
      if (session.client_reference_id == payment_id) return session.id;
    }
    return "";
  }
  object appointment() { return server_.client().get("/api/v1/appointments/" + appointment_id_, ann_.token).json().as_object(); }
  // The payment once the background work got its `field` to `value` (or as it stands when it never did).
  object wait_for_payment(const std::string& field, const std::string& value) {
    object payment;
    eventually([&] {
      payment = payment_of(ann_);
      return payment.contains(field) && payment.at(field).is_string() && payment.at(field).as_string() == value;
    });
    return payment;
  }

  TestAccount ann_;
  std::string appointment_id_;
};

TEST_P(PaymentsApiTest, ABookingThatNeedsPrepaymentOpensAPendingPaymentSeenByItsPartiesOnly) {
  const auto payment = booked_payment();
  EXPECT_EQ(text(payment.at("status")), "pending");
  EXPECT_EQ(payment.at("amount").to_number<double>(), 30.0);
  EXPECT_EQ(text(payment.at("currency")), "EUR");
  EXPECT_EQ(text(payment.at("userId")), ann_.id);
  EXPECT_TRUE(payment.at("paymentMethod").is_null());
  EXPECT_EQ(text(payment.at("dueBy")), "2026-11-30T06:15:00.000Z") << "15 minutes to pay";
  EXPECT_EQ(text(payment_of(doctor_).at("_id")), text(payment.at("_id"))) << "the doctor sees it";
  const auto bob = patient("bob@example.com");
  EXPECT_EQ(server_.client().get("/api/v1/payments/" + text(payment.at("_id")), bob.token).status, 404);
  EXPECT_EQ(server_.client().get("/api/v1/appointments/" + appointment_id_ + "/payment", bob.token).status, 404);
  EXPECT_EQ(server_.client().get("/api/v1/payments", ann_.token).json().at("total").as_int64(), 1);
  EXPECT_EQ(server_.client().get("/api/v1/payments", doctor_.token).json().at("total").as_int64(), 1);
  EXPECT_EQ(server_.client().get("/api/v1/payments", bob.token).json().at("total").as_int64(), 0);
  const auto exported = server_.client().get("/api/v1/users/me/export", ann_.token).json();
  EXPECT_EQ(exported.at("payments").as_array().size(), 1u) << "in the payer's data export";
  const auto instance = server_.client().get("/api/v1/instance").json();
  EXPECT_EQ(instance.at("paymentMethods").as_array().size(), 2u);
  EXPECT_EQ(instance.at("paymentTimeoutMinutes").as_int64(), 15);

  // Booked by the practice on the phone: paid at the practice.
  const auto by_phone = server_.client().post(
      "/api/v1/doctors/me/appointments", object{{"patientId", ann_.id}, {"appointmentDate", "2026-12-02T09:00:00.000Z"}},
      doctor_.token);
  ASSERT_EQ(by_phone.status, 201) << by_phone.body;
  EXPECT_EQ(server_.client().get("/api/v1/appointments/" + id_of(by_phone) + "/payment", ann_.token).status, 404);
}

TEST_P(PaymentsApiTest, TheDoctorAsksPrepaymentOnlyWithAFee) {
  EXPECT_EQ(server_.client()
                .patch("/api/v1/doctors/me", object{{"prepayment", "all"}, {"price", nullptr}}, doctor_.token)
                .problem_code("prepayment"),
            "needs_price");
  EXPECT_EQ(server_.client().patch("/api/v1/doctors/me", object{{"prepayment", "often"}}, doctor_.token).problem_code("prepayment"),
            "one_of");
  ASSERT_EQ(server_.client().patch("/api/v1/doctors/me", object{{"prepayment", "video"}}, doctor_.token).status, 200);
  ASSERT_EQ(book(ann_, "2026-12-01T09:00:00.000Z").status, 201);
  EXPECT_EQ(server_.client().get("/api/v1/payments", ann_.token).json().at("total").as_int64(), 0)
      << "prepayment for video only: this one is at the practice";
}

TEST_P(PaymentsApiTest, CheckoutSendsThePayerToStripeAndOnlyASignedFreshWebhookCompletesItOnce) {
  const auto payment_id = text(booked_payment().at("_id"));
  EXPECT_EQ(checkout(patient("bob@example.com"), payment_id).status, 404);
  EXPECT_EQ(checkout(ann_, payment_id, "cash").problem_code("paymentMethod"), "one_of");
  const auto first = checkout(ann_, payment_id);
  ASSERT_EQ(first.status, 200) << first.body;
  const auto url = text(first.json().at("checkoutUrl"));
  EXPECT_EQ(url.rfind(stripe.api_url() + "/pay/cs_test_", 0), 0u) << url;
  EXPECT_EQ(text(checkout(ann_, payment_id).json().at("checkoutUrl")), url) << "asked again: the same page";
  EXPECT_EQ(stripe.sessions_created(), 1);
  const auto session = stripe.sessions().at(0);
  EXPECT_EQ(session.amount, 3000);
  EXPECT_EQ(session.currency, "eur");

  const auto page = http::send({"GET", url});
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("30.00 eur"), std::string::npos) << page.body;

  const auto event = stripe.completed_event(session.id);
  EXPECT_EQ(stripe.send_event(event, stripe.sign(event, std::nullopt, "whsec_someone_else")), 400) << "wrong secret";
  EXPECT_EQ(stripe.send_event(event, stripe.sign(event, server_.clock().now() - 6min)), 400) << "stale";
  EXPECT_EQ(stripe.send_event(event, stripe.sign(event) + "0"), 400) << "altered";
  EXPECT_EQ(stripe.send_event(event, "t=1,v1=" + std::string(64, 'a')), 400);
  auto altered = event;
  altered.replace(altered.find("3000"), 4, "3001");
  EXPECT_EQ(stripe.send_event(altered, stripe.sign(event)), 400) << "a body that is not the one signed";
  EXPECT_EQ(text(payment_of(ann_).at("status")), "pending");

  ASSERT_EQ(stripe.send_event(event, stripe.sign(event)), 200);
  auto paid = payment_of(ann_);
  EXPECT_EQ(text(paid.at("status")), "completed");
  EXPECT_EQ(text(paid.at("paymentMethod")), "creditCard");
  EXPECT_EQ(text(paid.at("transactionId")), session.payment_intent);
  EXPECT_TRUE(paid.at("checkoutUrl").is_null());
  const auto updated_at = text(paid.at("updatedAt"));
  server_.clock().advance(1min);
  EXPECT_EQ(stripe.send_event(event, stripe.sign(event)), 200) << "a replay is acknowledged";
  EXPECT_EQ(text(payment_of(ann_).at("updatedAt")), updated_at) << "and changes nothing";
  EXPECT_EQ(checkout(ann_, payment_id).error_code(), "payment_not_pending");
}

TEST_P(PaymentsApiTest, PayingOnTheProvidersPageReturnsThePatientToMediMeetPaid) {
  const auto payment_id = text(booked_payment().at("_id"));
  const auto url = text(checkout(ann_, payment_id).json().at("checkoutUrl"));
  const auto paid = http::send({"POST", url});
  EXPECT_EQ(paid.status, 303);
  EXPECT_EQ(text(payment_of(ann_).at("status")), "completed");
}

TEST_P(PaymentsApiTest, AnAmountThatDiffersFailsThePayment) {
  const auto payment_id = text(booked_payment().at("_id"));
  const auto session = session_of(payment_id);
  ASSERT_EQ(stripe.pay(session, 100), 200);
  const auto failed = payment_of(ann_);
  EXPECT_EQ(text(failed.at("status")), "failed");
  EXPECT_EQ(text(failed.at("failureReason")), "amount_mismatch");
  ASSERT_EQ(stripe.pay(session), 200);
  EXPECT_EQ(text(payment_of(ann_).at("status")), "failed") << "it only moves forward";
}

TEST_P(PaymentsApiTest, AnUnpaidBookingIsCanceledAtItsDeadlineAndLateMoneyGoesBack) {
  const auto payment_id = text(booked_payment().at("_id"));
  const auto session = session_of(payment_id);
  server_.clock().advance(16min);
  const auto expired = wait_for_payment("status", "failed");
  EXPECT_EQ(text(expired.at("failureReason")), "expired");
  const auto canceled = appointment();
  EXPECT_EQ(text(canceled.at("status")), "canceled");
  EXPECT_EQ(text(canceled.at("canceledBy")), "system");
  EXPECT_EQ(text(canceled.at("cancelReason")), "payment not completed");
  EXPECT_NE(server_.client().get("/api/v1/doctors/" + doctor_.id + "/slots?from=2026-12-01&to=2026-12-01").body.find(
                "2026-12-01T09:00:00.000Z"),
            std::string::npos)
      << "the slot is free again";
  const auto notes = server_.client().get("/api/v1/notifications", ann_.token).json();
  EXPECT_NE(boost::json::serialize(notes).find("not paid in time"), std::string::npos) << "Ann is told why";
  EXPECT_EQ(checkout(ann_, payment_id).error_code(), "payment_not_pending");

  // She had paid on Stripe's page just as time ran out: the money goes back at once.
  ASSERT_EQ(stripe.pay(session), 200);
  const auto refunded = wait_for_payment("refundStatus", "completed");
  EXPECT_EQ(text(refunded.at("status")), "completed");
  EXPECT_FALSE(refunded.at("refundedAt").is_null());
  EXPECT_EQ(stripe.refunds_made(), 1);
}

TEST_P(PaymentsApiTest, APaidBookingCanceledIsRefundedRetriedUntilStripeConfirms) {
  const auto payment_id = text(booked_payment().at("_id"));
  ASSERT_EQ(stripe.pay(session_of(payment_id)), 200);
  stripe.fail_refunds(2);
  ASSERT_EQ(server_.client().post("/api/v1/appointments/" + appointment_id_ + "/cancel", object{{"reason", "Absent"}},
                                  doctor_.token)
                .status,
            200);
  EXPECT_EQ(text(payment_of(ann_).at("refundStatus")), "pending");
  ASSERT_TRUE(eventually([&] { return stripe.refund_requests() >= 1; }));
  server_.clock().advance(2min);  // past the first retry's delay (1 minute)
  ASSERT_TRUE(eventually([&] { return stripe.refund_requests() >= 2; }));
  EXPECT_EQ(text(payment_of(ann_).at("refundStatus")), "pending") << "two refusals so far";
  server_.clock().advance(3min);  // past the second (2 minutes)
  const auto refunded = wait_for_payment("refundStatus", "completed");
  EXPECT_EQ(text(refunded.at("refundStatus")), "completed");
  EXPECT_EQ(stripe.refund_requests(), 3);
  EXPECT_EQ(stripe.refunds_made(), 1) << "one refund, however many tries";
}

TEST_P(PaymentsApiTest, APatientWhoCancelsInTimeIsRefunded) {
  const auto payment_id = text(booked_payment().at("_id"));
  ASSERT_EQ(stripe.pay(session_of(payment_id)), 200);
  ASSERT_EQ(server_.client().post("/api/v1/appointments/" + appointment_id_ + "/cancel", object{}, ann_.token).status, 200);
  EXPECT_EQ(text(wait_for_payment("refundStatus", "completed").at("refundStatus")), "completed");
}

TEST_P(PaymentsApiTest, PayPalOrdersAreCapturedWhenThePatientComesBack) {
  const auto payment_id = text(booked_payment().at("_id"));
  const auto paying = checkout(ann_, payment_id, "PayPal");
  ASSERT_EQ(paying.status, 200) << paying.body;
  const auto order = paypal.order_of(payment_id);
  ASSERT_FALSE(order.empty());
  EXPECT_EQ(text(paying.json().at("checkoutUrl")), paypal.api_url() + "/checkoutnow?token=" + order);
  const auto confirm = [&] {
    return server_.client().post_empty("/api/v1/payments/" + payment_id + "/confirm", ann_.token);
  };
  EXPECT_EQ(text(confirm().json().at("status")), "pending") << "back without approving";
  EXPECT_EQ(server_.client().post_empty("/api/v1/payments/" + payment_id + "/confirm", patient("bob@example.com").token).status,
            404);

  // The patient approves on PayPal's page, which sends them back.
  const auto approved = http::send({"POST", paypal.api_url() + "/checkoutnow?token=" + order});
  EXPECT_EQ(approved.status, 303);
  const auto paid = confirm().json();
  EXPECT_EQ(text(paid.at("status")), "completed");
  EXPECT_EQ(text(paid.at("paymentMethod")), "PayPal");
  EXPECT_EQ(text(paid.at("transactionId")).rfind("CAPTURE-", 0), 0u);
  EXPECT_EQ(text(confirm().json().at("status")), "completed");
  // PayPal's own word of the capture comes later: nothing more happens.
  EXPECT_EQ(paypal.send_event(paypal.event("PAYMENT.CAPTURE.COMPLETED", order)), 200);
  EXPECT_EQ(paypal.captures(), 1);
}

TEST_P(PaymentsApiTest, MoneyPaidOnTheFirstPageAfterSwitchingMethodsStillCounts) {
  const auto payment_id = text(booked_payment().at("_id"));
  const auto session = session_of(payment_id);
  ASSERT_EQ(checkout(ann_, payment_id, "PayPal").status, 200);  // she changed her mind…
  ASSERT_EQ(stripe.pay(session), 200);                          // …then paid in the card tab after all
  const auto paid = payment_of(ann_);
  EXPECT_EQ(text(paid.at("status")), "completed");
  EXPECT_EQ(text(paid.at("paymentMethod")), "creditCard");
}

TEST_P(PaymentsApiTest, APayPalWebhookIsTakenOnlyWhenPayPalVouchesForIt) {
  const auto payment_id = text(booked_payment().at("_id"));
  ASSERT_EQ(checkout(ann_, payment_id, "PayPal").status, 200);
  const auto order = paypal.order_of(payment_id);
  paypal.approve(order);
  const auto approval = paypal.event("CHECKOUT.ORDER.APPROVED", order);
  EXPECT_EQ(paypal.send_event(approval, false), 400) << "forged";
  EXPECT_EQ(text(payment_of(ann_).at("status")), "pending");
  // She approved and closed the tab: the webhook alone completes it.
  ASSERT_EQ(paypal.send_event(approval), 200);
  EXPECT_EQ(text(payment_of(ann_).at("status")), "completed");
  EXPECT_EQ(paypal.send_event(approval), 200) << "a replay";
  EXPECT_EQ(paypal.captures(), 1);
}

TEST_P(PaymentsApiTest, APayPalPaymentIsRefundedThroughPayPal) {
  const auto payment_id = text(booked_payment().at("_id"));
  ASSERT_EQ(checkout(ann_, payment_id, "PayPal").status, 200);
  paypal.approve(paypal.order_of(payment_id));
  ASSERT_EQ(text(server_.client().post_empty("/api/v1/payments/" + payment_id + "/confirm", ann_.token).json().at("status")),
            "completed");
  paypal.fail_refunds(1);
  ASSERT_EQ(server_.client().post("/api/v1/appointments/" + appointment_id_ + "/cancel", object{}, doctor_.token).status, 200);
  ASSERT_TRUE(eventually([&] { return paypal.refund_requests() >= 1; }));
  server_.clock().advance(2min);
  EXPECT_EQ(text(wait_for_payment("refundStatus", "completed").at("refundStatus")), "completed");
  EXPECT_EQ(paypal.refund_requests(), 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, PaymentsApiTest, testing::all_backends(), testing::backend_test_name);

// Without a provider no doctor can ask for prepayment.
class UnpaidInstanceApiTest : public testing::BookingFixture {};

TEST_P(UnpaidInstanceApiTest, PrepaymentNeedsAConfiguredProvider) {
  EXPECT_EQ(server_.client().patch("/api/v1/doctors/me", object{{"prepayment", "video"}}, doctor_.token).problem_code("prepayment"),
            "payments_unavailable");
  EXPECT_EQ(server_.client().get("/api/v1/instance").json().at("paymentMethods").as_array().size(), 0u);
}

INSTANTIATE_TEST_SUITE_P(Backends, UnpaidInstanceApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
