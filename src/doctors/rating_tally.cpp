#include "doctors/rating_tally.hpp"

#include <soci/soci.h>

#include "storage/kept_statements.hpp"

namespace medimeet::doctors {

void RatingTally::add(soci::session& sql, const std::string& doctor_id, int count_delta, int sum_delta) const {
  if (count_delta == 0 && sum_delta == 0) return;
  const double prior_mean = kPriorMean;
  const double prior_weight = kPriorWeight;
  // Every expression reads the row as it was before this UPDATE.
  storage::run(sql, "UPDATE doctors SET review_count = review_count + :c, rating_sum = rating_sum + :s, "
                    "average_rating = CASE WHEN review_count + :c2 > 0 "
                    "THEN CAST(rating_sum + :s2 AS DOUBLE PRECISION) / (review_count + :c3) ELSE 0 END, "
                    "rating_score = (CAST(:w AS DOUBLE PRECISION) * CAST(:m AS DOUBLE PRECISION) + rating_sum + :s3) / "
                    "(CAST(:w2 AS DOUBLE PRECISION) + review_count + :c4) WHERE id = :id",
               soci::use(count_delta), soci::use(sum_delta), soci::use(count_delta), soci::use(sum_delta),
               soci::use(count_delta), soci::use(prior_weight), soci::use(prior_mean), soci::use(sum_delta),
               soci::use(prior_weight), soci::use(count_delta), soci::use(doctor_id));
}

}  // namespace medimeet::doctors
