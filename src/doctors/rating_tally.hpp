#pragma once

#include <soci/session.h>

#include <string>

namespace medimeet::doctors {

// A doctor's rating as search shows and sorts it, kept up to date by the reviews in their own
// transaction: `averageRating` and `reviewCount` over the shown reviews, and a Bayesian
// average that sorts search by rating,
//   score = (kPriorWeight × kPriorMean + sum of ratings) / (kPriorWeight + count),
// as if every doctor started with ten 3.5★ reviews: a lone 5★ review scores 3.64 and stays
// below two hundred reviews averaging 4.8 (4.74).
class RatingTally {
 public:
  static constexpr double kPriorMean = 3.5;
  static constexpr double kPriorWeight = 10;

  // Adds `count_delta` reviews whose ratings add up to `sum_delta` (negative to take away).
  // Done in one UPDATE relative to the stored row, so concurrent reviews of the same doctor
  // add up on both backends.
  void add(soci::session& sql, const std::string& doctor_id, int count_delta, int sum_delta) const;
};

}  // namespace medimeet::doctors
