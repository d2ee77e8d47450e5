#include "reviews/review_json.hpp"

#include "common/field_problems.hpp"
#include "common/json_input.hpp"
#include "common/json_output.hpp"
#include "common/object_id.hpp"
#include "reviews/review_service.hpp"

namespace medimeet::reviews {
namespace {

constexpr std::string_view kAnonymousName = "Patient";

}  // namespace

boost::json::object review_to_json(const Review& review) {
  return {{"_id", review.id},
          {"doctorId", review.doctor_id},
          {"patientId", review.patient_id},
          {"appointmentId", review.appointment_id},
          {"rating", review.rating},
          {"comment", review.comment},
          {"displayName", nullable(review.display_name)},
          {"status", to_string(review.status)},
          {"createdAt", format_iso8601(review.created_at)},
          {"updatedAt", format_iso8601(review.updated_at)}};
}

boost::json::object public_review_to_json(const Review& review) {
  // The day, not the instant: a time to the millisecond would point at the appointment.
  return {{"_id", review.id},
          {"rating", review.rating},
          {"comment", review.comment},
          {"displayName", review.display_name.value_or(std::string(kAnonymousName))},
          {"date", format_iso8601(review.created_at).substr(0, 10)}};
}

ReviewDraft parse_review(std::string_view body) {
  auto input = JsonInput::parse(body);
  ReviewDraft draft;
  draft.appointment_id = input.required_string("appointmentId");
  if (input.ok() && !is_object_id(draft.appointment_id)) input.reject("appointmentId", problems::not_an_id());
  if (auto rating = input.optional_integer("rating", 1, 5)) {
    draft.rating = static_cast<int>(*rating);
  } else if (!input.has("rating")) {
    input.reject("rating", problems::required());
  }
  draft.comment = input.optional_blank_prose("comment", ReviewService::kMaxComment);
  draft.display_name = input.patch_text("displayName", 1, ReviewService::kMaxDisplayName).value_or(std::nullopt);
  input.finish();
  return draft;
}

ReviewChanges parse_review_changes(std::string_view body) {
  auto input = JsonInput::parse(body);
  ReviewChanges changes;
  if (auto rating = input.optional_integer("rating", 1, 5)) changes.rating = static_cast<int>(*rating);
  if (input.is_null("comment") || input.has("comment")) {
    changes.comment = input.optional_blank_prose("comment", ReviewService::kMaxComment);
  }
  changes.display_name = input.patch_text("displayName", 1, ReviewService::kMaxDisplayName);
  input.finish();
  return changes;
}

std::string parse_flag(std::string_view body) {
  auto input = JsonInput::parse(body);
  auto reason = input.required_prose("reason", ReviewService::kMaxFlagReason);
  input.finish();
  return reason;
}

}  // namespace medimeet::reviews
