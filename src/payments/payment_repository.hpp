#pragma once

#include <soci/session.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "payments/payment.hpp"

namespace medimeet::payments {

// The payments, provider events and refund jobs tables.
class PaymentRepository {
 public:
  // Every field as it is (a new payment's, or an imported one's).
  void insert(soci::session& sql, const Payment& payment) const;
  std::optional<Payment> find(soci::session& sql, const std::string& payment_id) const;
  std::optional<Payment> find_by_appointment(soci::session& sql, const std::string& appointment_id) const;
  std::optional<Payment> find_by_provider_reference(soci::session& sql, const std::string& reference) const;
  // Writes every field but the ids, the amount and created_at, if the stored status is still
  // `expected`: false when another request or instance changed it first.
  bool update_if(soci::session& sql, const Payment& payment, PaymentStatus expected) const;

  // The user's payments (as payer), and for a doctor also those of their appointments; newest first.
  std::vector<Payment> of_user(soci::session& sql, const std::string& user_id, int offset, int limit) const;
  long long count_of_user(soci::session& sql, const std::string& user_id) const;
  // Every payment the user made (as payer), newest first.
  std::vector<Payment> paid_by(soci::session& sql, const std::string& user_id) const;
  // The ids of pending payments whose deadline has passed, oldest first.
  std::vector<std::string> overdue(soci::session& sql, TimePoint now, int limit) const;

  // True the first time (provider, event id) is seen; false for a replay.
  bool record_event(soci::session& sql, const std::string& provider, const std::string& event_id,
                    TimePoint now) const;

  // Queues the payment's refund (once), due now.
  void queue_refund(soci::session& sql, const std::string& payment_id, TimePoint now) const;
  // Takes up to `limit` due refunds for `lease`: no other worker takes them meanwhile, and one
  // whose worker died is due again after it. Returns their payment ids and attempts so far.
  std::vector<std::pair<std::string, int>> claim_due_refunds(soci::session& sql, TimePoint now, int limit,
                                                             std::chrono::seconds lease) const;
  void refund_done(soci::session& sql, const std::string& payment_id) const;
  void retry_refund(soci::session& sql, const std::string& payment_id, int attempts, const std::string& error,
                    TimePoint retry_at) const;
};

}  // namespace medimeet::payments
