#pragma once

#include <boost/json/object.hpp>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "common/time.hpp"
#include "http/router.hpp"
#include "http/server.hpp"

namespace medimeet::testing {

// Stripe's API as MediMeet uses it, over real HTTP on loopback: Checkout Sessions (with
// Idempotency-Key), the hosted page where a browser pays (GET /pay/<session>: a Pay button that
// sends the signed checkout.session.completed webhook, then returns to the success URL), and
// refunds (one per Idempotency-Key) that can be made to fail a given number of times.
// Timestamps come from `now` (the test's clock).
class FakeStripe {
 public:
  static constexpr const char* kSecretKey = "sk_test_medimeet";
  static constexpr const char* kWebhookSecret = "whsec_medimeet";

  // `port` 0: any free one.
  explicit FakeStripe(std::function<TimePoint()> now, int port = 0);
  ~FakeStripe();

  std::string api_url() const;  // http://127.0.0.1:<port>
  // Where webhooks go: MediMeet's /api/v1/payments/webhooks/stripe.
  void send_webhooks_to(std::string url);

  struct Session {
    std::string id;
    std::string payment_intent;
    long long amount = 0;
    std::string currency;  // lower case, as Stripe writes it
    std::string client_reference_id;
    std::string success_url;
    std::string cancel_url;
  };
  std::vector<Session> sessions() const;
  int sessions_created() const;

  // The patient paid `session_id`: its checkout.session.completed event, signed and sent now.
  // Returns the HTTP status MediMeet answered. `amount` overrides what the event says was paid.
  long pay(const std::string& session_id, std::optional<long long> amount = std::nullopt);
  // The event for `session_id` as `pay` would send it (its id fresh each call).
  std::string completed_event(const std::string& session_id, std::optional<long long> amount = std::nullopt);
  // Sends `body` with `signature` (a Stripe-Signature header value) to the webhook URL.
  long send_event(const std::string& body, const std::string& signature);
  // The Stripe-Signature of `body` now (or at `at`), under `secret`.
  std::string sign(const std::string& body, std::optional<TimePoint> at = std::nullopt,
                   const std::string& secret = kWebhookSecret) const;

  // The next `count` refund requests answer HTTP 500.
  void fail_refunds(int count);
  // Refund requests received, failed ones included.
  int refund_requests() const;
  // Refunds made (one per Idempotency-Key).
  int refunds_made() const;

 private:
  http::Response create_session(const http::Request& request);
  http::Response create_refund(const http::Request& request);
  http::Response checkout_page(const std::string& session_id) const;
  http::Response pay_and_return(const std::string& session_id);

  std::function<TimePoint()> now_;
  mutable std::mutex mutex_;
  std::map<std::string, Session> sessions_by_key_;  // by Idempotency-Key
  std::map<std::string, std::string> refunds_by_key_;  // Idempotency-Key -> refund id
  int failing_refunds_ = 0;
  int refund_requests_ = 0;
  int next_id_ = 1;
  std::string webhook_url_;
  http::Router router_;
  std::unique_ptr<http::Server> server_;
  int port_ = 0;
};

}  // namespace medimeet::testing
