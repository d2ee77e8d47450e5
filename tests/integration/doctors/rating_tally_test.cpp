// A doctor's rating on both backends: reviews written at the same moment on several connections
// all count (each change is one UPDATE relative to the stored row), and the Bayesian score
// follows the documented prior.
#include "doctors/rating_tally.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <thread>

#include "common/embedded_file.hpp"
#include "doctors/doctor_repository.hpp"
#include "storage/migrations.hpp"
#include "test_database.hpp"

namespace medimeet::doctors {
namespace {

using testing::TestBackend;

class RatingTallyTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  RatingTallyTest() : database_(testing::fresh_database_url(GetParam()), 6) {
    storage::migrate(database_, embedded_migrations());
    database_.write([&](soci::session& sql) {
      sql << "INSERT INTO users (id, name, name_folded, email, password, role, phone, email_verified, phone_verified, "
             "language, created_at, updated_at) VALUES (:id, 'Hélène Durand', 'helene durand', "
             "'dr.durand@example.com', 'x', 'doctor', '+33612345678', 1, 0, 'fr', 0, 0)",
          soci::use(doctor_id_);
      DoctorRepository().insert(sql, doctor_id_, "Europe/Paris", TimePoint{});
    });
  }

  // average_rating, review_count, rating_score as stored.
  std::tuple<double, int, double> stored() {
    return database_.read([&](soci::session& sql) {
      double average = 0;
      int count = 0;
      double score = 0;
      sql << "SELECT average_rating, review_count, rating_score FROM doctors WHERE id = :id", soci::use(doctor_id_),
          soci::into(average), soci::into(count), soci::into(score);
      return std::tuple{average, count, score};
    });
  }

  std::string doctor_id_ = "0000000000000000000000d1";
  storage::Database database_;
  RatingTally tally_;
};

TEST_P(RatingTallyTest, ADoctorWithoutReviewsScoresThePrior) {
  const auto [average, count, score] = stored();
  EXPECT_EQ(average, 0);
  EXPECT_EQ(count, 0);
  EXPECT_DOUBLE_EQ(score, RatingTally::kPriorMean);
}

TEST_P(RatingTallyTest, ReviewsWrittenAtOnceOnSeveralConnectionsAllCount) {
  std::vector<std::thread> writers;
  for (int writer = 0; writer < 4; ++writer) {
    writers.emplace_back([&, writer] {
      for (int i = 0; i < 25; ++i) {
        database_.write([&](soci::session& sql) { tally_.add(sql, doctor_id_, 1, writer % 2 == 0 ? 5 : 3); });
      }
    });
  }
  for (auto& writer : writers) writer.join();
  const auto [average, count, score] = stored();
  EXPECT_EQ(count, 100);
  EXPECT_DOUBLE_EQ(average, 4.0);
  EXPECT_DOUBLE_EQ(score, (10 * 3.5 + 400) / 110);
}

TEST_P(RatingTallyTest, TakingEveryReviewAwayGoesBackToNoRating) {
  database_.write([&](soci::session& sql) {
    tally_.add(sql, doctor_id_, 1, 5);
    tally_.add(sql, doctor_id_, -1, -5);
  });
  const auto [average, count, score] = stored();
  EXPECT_EQ(average, 0);
  EXPECT_EQ(count, 0);
  EXPECT_DOUBLE_EQ(score, RatingTally::kPriorMean);
}

INSTANTIATE_TEST_SUITE_P(Backends, RatingTallyTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet::doctors
