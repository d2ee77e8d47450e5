#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "http/router.hpp"
#include "http/server.hpp"

namespace medimeet::testing {

// PayPal's REST API as MediMeet uses it, over real HTTP on loopback: OAuth client credentials,
// Orders v2 (create, the page where a browser approves, capture — each with PayPal-Request-Id),
// capture refunds that can be made to fail a given number of times, and webhooks whose
// signature its verify-webhook-signature call checks: a transmission signed "sig-<transmission
// id>" for the webhook id kWebhookId is genuine, anything else is not.
class FakePayPal {
 public:
  static constexpr const char* kClientId = "paypal-client";
  static constexpr const char* kClientSecret = "paypal-secret";
  static constexpr const char* kWebhookId = "WH-MEDIMEET";

  FakePayPal();
  ~FakePayPal();

  std::string api_url() const;
  void send_webhooks_to(std::string url);

  // The order made for `payment_id` (empty when none).
  std::string order_of(const std::string& payment_id) const;
  // The patient approved the order on PayPal's page.
  void approve(const std::string& order_id);
  // A webhook event of `type` (CHECKOUT.ORDER.APPROVED, PAYMENT.CAPTURE.COMPLETED) about the order.
  std::string event(const std::string& type, const std::string& order_id);
  // Sends it with PayPal's transmission headers, genuinely signed or not; returns MediMeet's status.
  long send_event(const std::string& body, bool genuine = true);

  void fail_refunds(int count);
  int refund_requests() const;
  int captures() const;

 private:
  struct Order {
    std::string id;
    std::string payment_id;
    std::string currency;
    std::string value;
    std::string return_url;
    bool approved = false;
    std::string capture_id;  // set once captured
  };
  bool authorized(const http::Request& request) const;
  http::Response create_order(const http::Request& request);
  http::Response capture(const std::string& order_id);
  http::Response refund(const http::Request& request);
  http::Response verify(const http::Request& request) const;
  http::Response approval_page(const std::string& order_id) const;
  http::Response approve_and_return(const std::string& order_id);

  mutable std::mutex mutex_;
  std::map<std::string, Order> orders_;                // by id
  std::map<std::string, std::string> order_by_request_;  // PayPal-Request-Id -> order id
  std::map<std::string, std::string> refund_by_request_;  // PayPal-Request-Id -> refund id
  int failing_refunds_ = 0;
  int refund_requests_ = 0;
  int captures_ = 0;
  int next_id_ = 1;
  std::string webhook_url_;
  http::Router router_;
  std::unique_ptr<http::Server> server_;
  int port_ = 0;
};

}  // namespace medimeet::testing
