#pragma once

#include <boost/json/object.hpp>

#include <string>
#include <string_view>

#include "reviews/review.hpp"

namespace medimeet::reviews {

// The review as its author sees it: every field, its moderation state included.
boost::json::object review_to_json(const Review& review);
// The review as the public sees it: rating, comment, the author's chosen name ("Patient" when
// none) and the day it was written; nothing that says who the patient is.
boost::json::object public_review_to_json(const Review& review);

// POST /api/v1/reviews {appointmentId, rating, comment?, displayName?}; 400 validation_failed.
ReviewDraft parse_review(std::string_view body);
// PATCH /api/v1/reviews/{id} {rating?, comment?, displayName?}.
ReviewChanges parse_review_changes(std::string_view body);
// POST /api/v1/reviews/{id}/flag {reason}.
std::string parse_flag(std::string_view body);

}  // namespace medimeet::reviews
