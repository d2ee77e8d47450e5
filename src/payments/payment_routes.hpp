#pragma once

#include "http/router.hpp"
#include "payments/payment_service.hpp"

namespace medimeet::payments {

void add_routes(http::Router& router, PaymentService& payments);

}  // namespace medimeet::payments
