// Reviews over HTTP: only the patient of a completed visit reviews it, once, within 60 days;
// the doctor's averageRating and reviewCount follow every change; the public list never says
// who wrote a review; search by rating uses the Bayesian average; a doctor flags, the operator
// hides or keeps; MEDIMEET_REVIEWS=off answers 404.
#include <gtest/gtest.h>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <set>

#include "booking_fixture.hpp"
#include "doctors/rating_tally.hpp"
#include "reviews/review_service.hpp"
#include "server_process.hpp"

namespace medimeet {
namespace {

using namespace std::chrono_literals;
using boost::json::array;
using boost::json::object;
using testing::HttpResult;
using testing::TestAccount;
using testing::text;

class ReviewsApiTest : public testing::BookingFixture {
 protected:
  explicit ReviewsApiTest(testing::TestServerOptions options = {}) : BookingFixture(std::move(options)) {
    ann_ = patient("ann@example.com");
    bob_ = patient("bob@example.com");
  }

  // A visit of `who` on Monday 30 November at `time` (UTC), which the doctor completes at 12:00Z.
  std::string completed_visit(const TestAccount& who, const std::string& time) {
    const auto booked = book(who, "2026-11-30T" + time + ":00.000Z");
    EXPECT_EQ(booked.status, 201) << booked.body;
    return id_of(booked);
  }
  void complete_all(const std::vector<std::string>& appointment_ids) {
    server_.clock().set(at("2026-11-30T12:00:00.000Z"));
    for (const auto& id : appointment_ids) {
      EXPECT_EQ(server_.client().post_empty("/api/v1/appointments/" + id + "/complete", doctor_.token).status, 200);
    }
  }
  HttpResult review(const TestAccount& who, object body) {
    return server_.client().send("POST", "/api/v1/reviews", boost::json::serialize(body),
                                 {{"Authorization", "Bearer " + who.token}});
  }
  object doctor_profile() { return server_.client().get("/api/v1/doctors/" + doctor_.id).json().as_object(); }

  TestAccount ann_;
  TestAccount bob_;
};

TEST_P(ReviewsApiTest, OnlyThePatientOfACompletedVisitReviewsItOnceWithinSixtyDays) {
  const auto visit = completed_visit(ann_, "09:00");
  EXPECT_EQ(review(ann_, {{"appointmentId", visit}, {"rating", 5}}).error_code(), "visit_not_completed");
  complete_all({visit});
  EXPECT_EQ(review(bob_, {{"appointmentId", visit}, {"rating", 5}}).status, 404) << "not his visit";
  EXPECT_EQ(review(doctor_, {{"appointmentId", visit}, {"rating", 5}}).error_code(), "not_a_patient");
  EXPECT_EQ(review(ann_, {{"appointmentId", visit}, {"rating", 6}}).problem_code("rating"), "out_of_range");
  EXPECT_EQ(review(ann_, {{"appointmentId", visit}}).problem_code("rating"), "required");
  EXPECT_EQ(review(ann_, {{"appointmentId", visit}, {"rating", 4.5}}).status, 400);
  EXPECT_EQ(review(ann_, {{"appointmentId", visit}, {"rating", 4}, {"comment", std::string(2001, 'a')}}).status, 400);
  EXPECT_EQ(review(ann_, {{"appointmentId", "nope"}, {"rating", 4}}).problem_code("appointmentId"), "not_an_id");
  EXPECT_EQ(server_.count_rows("reviews"), 0) << "bad input changes nothing";

  const auto written = review(ann_, {{"appointmentId", visit}, {"rating", 4}, {"comment", "  Très à l'écoute.  "}});
  ASSERT_EQ(written.status, 201) << written.body;
  const auto document = written.json();
  EXPECT_EQ(text(document.at("comment")), "Très à l'écoute.");
  EXPECT_EQ(text(document.at("doctorId")), doctor_.id);
  EXPECT_EQ(text(document.at("status")), "published");
  EXPECT_EQ(review(ann_, {{"appointmentId", visit}, {"rating", 5}}).error_code(), "already_reviewed");
  EXPECT_EQ(server_.client().get("/api/v1/appointments/" + visit + "/review", ann_.token).status, 200);
  EXPECT_EQ(server_.client().get("/api/v1/appointments/" + visit + "/review", bob_.token).status, 404);

}

TEST_P(ReviewsApiTest, AVisitIsReviewedWithinSixtyDaysOfIt) {
  const auto anns = completed_visit(ann_, "09:00");
  const auto bobs = completed_visit(bob_, "10:00");
  complete_all({anns, bobs});
  server_.clock().set(at("2027-01-29T09:30:00.000Z"));  // 60 days after Ann's visit and 30 minutes
  ann_.token = server_.login(ann_);
  bob_.token = server_.login(bob_);
  EXPECT_EQ(review(ann_, {{"appointmentId", anns}, {"rating", 2}}).error_code(), "review_period_over");
  EXPECT_EQ(review(bob_, {{"appointmentId", bobs}, {"rating", 2}}).status, 201) << "Bob's came an hour later";
}

TEST_P(ReviewsApiTest, TheDoctorsAverageAndCountFollowEveryReviewChange) {
  const auto anns = completed_visit(ann_, "09:00");
  const auto bobs = completed_visit(bob_, "09:30");
  complete_all({anns, bobs});
  EXPECT_EQ(doctor_profile().at("reviewCount").as_int64(), 0);

  const auto first = review(ann_, {{"appointmentId", anns}, {"rating", 5}});
  ASSERT_EQ(first.status, 201);
  EXPECT_EQ(doctor_profile().at("averageRating").to_number<double>(), 5.0);
  ASSERT_EQ(review(bob_, {{"appointmentId", bobs}, {"rating", 4}}).status, 201);
  auto profile = doctor_profile();
  EXPECT_EQ(profile.at("averageRating").to_number<double>(), 4.5);
  EXPECT_EQ(profile.at("reviewCount").as_int64(), 2);
  EXPECT_NE(server_.client().get("/api/v1/doctors/" + doctor_.id).body.find("\"averageRating\":4.5"),
            std::string::npos)
      << "written plainly, never 4.5E0";

  const auto review_path = "/api/v1/reviews/" + id_of(first);
  EXPECT_EQ(server_.client().patch(review_path, object{{"rating", 5}}, bob_.token).status, 404) << "not his";
  const auto changed = server_.client().patch(review_path, object{{"rating", 2}, {"displayName", "Ann M."}}, ann_.token);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(doctor_profile().at("averageRating").to_number<double>(), 3.0);

  EXPECT_EQ(server_.client().send("DELETE", review_path, "", {{"Authorization", "Bearer " + bob_.token}}).status, 404);
  EXPECT_EQ(server_.client().send("DELETE", review_path, "", {{"Authorization", "Bearer " + ann_.token}}).status, 204);
  profile = doctor_profile();
  EXPECT_EQ(profile.at("averageRating").to_number<double>(), 4.0);
  EXPECT_EQ(profile.at("reviewCount").as_int64(), 1);
}

TEST_P(ReviewsApiTest, ThePublicListShowsWhatWasSaidNeverWhoSaidIt) {
  const auto anns = completed_visit(ann_, "09:00");
  const auto bobs = completed_visit(bob_, "09:30");
  complete_all({anns, bobs});
  ASSERT_EQ(review(ann_, {{"appointmentId", anns}, {"rating", 5}, {"comment", "Excellent."}}).status, 201);
  server_.clock().advance(1h);
  ASSERT_EQ(review(bob_, {{"appointmentId", bobs}, {"rating", 3}, {"displayName", "Robert"}}).status, 201);

  const auto listed = server_.client().get("/api/v1/doctors/" + doctor_.id + "/reviews?limit=1");
  ASSERT_EQ(listed.status, 200) << listed.body;
  const auto page = listed.json();
  EXPECT_EQ(page.at("total").as_int64(), 2);
  const auto& newest = page.at("reviews").as_array().at(0).as_object();
  std::set<std::string> fields;
  for (const auto& field : newest) fields.insert(std::string(field.key()));
  EXPECT_EQ(fields, (std::set<std::string>{"_id", "rating", "comment", "displayName", "date"}));
  EXPECT_EQ(text(newest.at("displayName")), "Robert");
  EXPECT_EQ(text(newest.at("date")), "2026-11-30");
  const auto older = server_.client().get("/api/v1/doctors/" + doctor_.id + "/reviews?page=2&limit=1").json();
  EXPECT_EQ(text(older.at("reviews").as_array().at(0).at("displayName")), "Patient") << "the default name";

  const auto everything = server_.client().get("/api/v1/doctors/" + doctor_.id + "/reviews").body;
  for (const auto& secret : {ann_.id, bob_.id, ann_.email, bob_.email, anns, bobs, std::string("Test patient")}) {
    EXPECT_EQ(everything.find(secret), std::string::npos) << secret;
  }
  EXPECT_EQ(server_.client().get("/api/v1/doctors/" + std::string(24, 'a') + "/reviews").status, 404);
  const auto export_of = [&](const TestAccount& who) {
    return server_.client().get("/api/v1/users/me/export", who.token).json().at("reviews").as_array().size();
  };
  EXPECT_EQ(export_of(ann_), 1u) << "her words are in her export";
  EXPECT_EQ(export_of(doctor_), 0u) << "not in the doctor's";
  EXPECT_EQ(server_.client().get("/api/v1/doctors/" + doctor_.id + "/reviews?limit=0").problem_code("limit"),
            "out_of_range");
}

TEST_P(ReviewsApiTest, TheDoctorFlagsAndTheOperatorHidesOrKeeps) {
  const auto anns = completed_visit(ann_, "09:00");
  const auto bobs = completed_visit(bob_, "09:30");
  complete_all({anns, bobs});
  const auto rude = id_of(review(ann_, {{"appointmentId", anns}, {"rating", 1}, {"comment", "Insultes…"}}));
  const auto fair = id_of(review(bob_, {{"appointmentId", bobs}, {"rating", 3}}));
  const auto other_doctor = server_.register_account("doctor", "dr.petit@example.com");
  auto flag = [&](const TestAccount& who, const std::string& id) {
    return server_.client().send("POST", "/api/v1/reviews/" + id + "/flag",
                                 boost::json::serialize(object{{"reason", "Propos injurieux"}}),
                                 {{"Authorization", "Bearer " + who.token}});
  };
  EXPECT_EQ(flag(other_doctor, rude).status, 404);
  EXPECT_EQ(flag(ann_, rude).error_code(), "not_a_doctor");
  EXPECT_EQ(flag(doctor_, rude).status, 204);
  EXPECT_EQ(flag(doctor_, rude).status, 204) << "twice: one flag";
  EXPECT_EQ(flag(doctor_, fair).status, 204);
  EXPECT_EQ(server_.client().get("/api/v1/doctors/" + doctor_.id + "/reviews").json().at("total").as_int64(), 2)
      << "a flag alone hides nothing";

  reviews::ReviewModeration operator_(server_.app().database(), server_.clock());
  ASSERT_EQ(operator_.flagged().size(), 2u);
  operator_.decide(rude, reviews::Moderation::hide);
  operator_.decide(fair, reviews::Moderation::keep);
  EXPECT_TRUE(operator_.flagged().empty());
  const auto page = server_.client().get("/api/v1/doctors/" + doctor_.id + "/reviews").json();
  EXPECT_EQ(page.at("total").as_int64(), 1);
  EXPECT_EQ(text(page.at("reviews").as_array().at(0).at("_id")), fair);
  const auto profile = doctor_profile();
  EXPECT_EQ(profile.at("reviewCount").as_int64(), 1) << "a hidden review does not count";
  EXPECT_EQ(profile.at("averageRating").to_number<double>(), 3.0);
  EXPECT_EQ(flag(doctor_, fair).error_code(), "review_kept");
  EXPECT_EQ(flag(doctor_, rude).status, 404);
  EXPECT_EQ(server_.client().patch("/api/v1/reviews/" + rude, object{{"rating", 2}}, ann_.token).error_code(),
            "review_hidden");
  EXPECT_EQ(text(server_.client().get("/api/v1/appointments/" + anns + "/review", ann_.token).json().at("status")),
            "hidden")
      << "its author sees what became of it";
}

TEST_P(ReviewsApiTest, SearchByRatingWeighsManyGoodReviewsAboveALonePerfectOne) {
  const auto second = server_.register_account("doctor", "dr.martin@example.com");
  const object profile{{"specialty", "Cardiologie"},
                       {"experience", 3},
                       {"location", "Paris"},
                       {"price", 30},
                       {"availability", array{object{{"day", "monday"}, {"startTime", "09:00"}, {"endTime", "12:00"}}}}};
  const auto listed = server_.client().patch("/api/v1/doctors/me", profile, second.token);
  ASSERT_EQ(listed.status, 200) << listed.body;
  const auto visit = completed_visit(ann_, "09:00");
  complete_all({visit});
  ASSERT_EQ(review(ann_, {{"appointmentId", visit}, {"rating", 5}}).status, 201);
  // Two hundred reviews averaging 4.8 for the second doctor, as their reviews would add them.
  server_.app().database().write([&](soci::session& sql) { doctors::RatingTally().add(sql, second.id, 200, 960); });

  const auto found = server_.client().get("/api/v1/doctors?sort=rating").json();
  const auto& doctors = found.at("doctors").as_array();
  ASSERT_EQ(doctors.size(), 2u);
  EXPECT_EQ(text(doctors.at(0).at("_id")), second.id);
  EXPECT_EQ(doctors.at(0).at("averageRating").to_number<double>(), 4.8);
  EXPECT_EQ(text(doctors.at(1).at("_id")), doctor_.id) << "a lone 5★ review does not come first";
  EXPECT_EQ(doctors.at(1).at("averageRating").to_number<double>(), 5.0);
}

// The operator's commands on the real binary, against the server's database.
TEST_P(ReviewsApiTest, TheOperatorListsFlaggedReviewsAndDecidesFromTheCommandLine) {
  const auto visit = completed_visit(ann_, "09:00");
  complete_all({visit});
  const auto flagged = id_of(review(ann_, {{"appointmentId", visit}, {"rating", 1}, {"comment", "Inacceptable"}}));
  ASSERT_EQ(server_.client()
                .send("POST", "/api/v1/reviews/" + flagged + "/flag",
                      boost::json::serialize(object{{"reason", "Propos diffamatoires"}}),
                      {{"Authorization", "Bearer " + doctor_.token}})
                .status,
            204);
  const auto& database = server_.app().config().database_url;
  std::string output;
  ASSERT_EQ(testing::run_medimeet({"reviews", "flagged", "--database", database}, output), 0) << output;
  EXPECT_NE(output.find(flagged), std::string::npos) << output;
  EXPECT_NE(output.find("Propos diffamatoires"), std::string::npos) << output;
  EXPECT_NE(output.find("1 flagged review(s)"), std::string::npos) << output;
  EXPECT_EQ(testing::run_medimeet({"reviews", "hide", std::string(24, 'b'), "--database", database}, output), 1)
      << "an unknown id: " << output;
  ASSERT_EQ(testing::run_medimeet({"reviews", "hide", flagged, "--database", database}, output), 0) << output;
  EXPECT_EQ(server_.client().get("/api/v1/doctors/" + doctor_.id + "/reviews").json().at("total").as_int64(), 0);
  EXPECT_EQ(doctor_profile().at("reviewCount").as_int64(), 0);
  ASSERT_EQ(testing::run_medimeet({"reviews", "keep", flagged, "--database", database}, output), 0) << output;
  EXPECT_EQ(doctor_profile().at("reviewCount").as_int64(), 1) << "kept: shown and counted again";
}

class ReviewsOffApiTest : public ReviewsApiTest {
 protected:
  ReviewsOffApiTest() : ReviewsApiTest({.adjust = [](app::Config& config) { config.reviews = "off"; }}) {}
};

TEST_P(ReviewsOffApiTest, AnInstanceWithoutReviewsAnswersNotFoundAndSaysSo) {
  const auto visit = completed_visit(ann_, "09:00");
  complete_all({visit});
  EXPECT_EQ(review(ann_, {{"appointmentId", visit}, {"rating", 5}}).status, 404);
  EXPECT_EQ(server_.client().get("/api/v1/doctors/" + doctor_.id + "/reviews").status, 404);
  EXPECT_EQ(server_.client().get("/api/v1/instance").json().at("reviews").as_bool(), false);
}

INSTANTIATE_TEST_SUITE_P(Backends, ReviewsApiTest, testing::all_backends(), testing::backend_test_name);
INSTANTIATE_TEST_SUITE_P(Backends, ReviewsOffApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
