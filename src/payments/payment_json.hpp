#pragma once

#include <boost/json/object.hpp>

#include <string_view>

#include "payments/payment.hpp"

namespace medimeet::payments {

// The seed's Payment with its additions; `amount` in major units ("45.5") with `currency`.
boost::json::object payment_to_json(const Payment& payment);
// POST /api/v1/payments/{id}/checkout {paymentMethod}; 400 validation_failed.
PaymentMethod parse_checkout(std::string_view body);

}  // namespace medimeet::payments
