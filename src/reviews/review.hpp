#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/time.hpp"

namespace medimeet::reviews {

// Where a review stands: `published`; `flagged` by its doctor, still shown and counted until
// the operator decides; `hidden` by the operator, neither shown nor counted.
enum class ReviewStatus { published, flagged, hidden };

std::string_view to_string(ReviewStatus status);
// "published", "flagged" or "hidden"; nullopt for anything else.
std::optional<ReviewStatus> status_from_string(std::string_view text);

// Whether a review counts in its doctor's rating.
inline bool is_shown(ReviewStatus status) { return status != ReviewStatus::hidden; }

// A document of the Reviews collection, with its additions: the appointment it is about, the
// name its author shows (none: "Patient") and its moderation.
struct Review {
  std::string id;
  std::string doctor_id;
  std::string patient_id;
  std::string appointment_id;
  int rating = 0;
  std::string comment;
  std::optional<std::string> display_name;
  ReviewStatus status = ReviewStatus::published;
  bool kept = false;  // the operator kept it after a flag: the doctor cannot flag it again
  std::optional<std::string> flag_reason;
  std::optional<TimePoint> flagged_at;
  TimePoint created_at;
  TimePoint updated_at;
};

// What a patient writes (POST /api/v1/reviews).
struct ReviewDraft {
  std::string appointment_id;
  int rating = 0;
  std::string comment;
  std::optional<std::string> display_name;
};

// A PATCH by the author: an absent field stays; `display_name` null goes back to "Patient".
struct ReviewChanges {
  std::optional<int> rating;
  std::optional<std::string> comment;
  std::optional<std::optional<std::string>> display_name;
};

}  // namespace medimeet::reviews
