#pragma once

#include "http/router.hpp"
#include "reviews/review_service.hpp"

namespace medimeet::reviews {

void add_routes(http::Router& router, ReviewService& reviews);

}  // namespace medimeet::reviews
