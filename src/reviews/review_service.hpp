#pragma once

#include <soci/session.h>

#include <chrono>
#include <string>
#include <vector>

#include "access/caller.hpp"
#include "appointments/appointment_service.hpp"
#include "common/paging.hpp"
#include "common/time.hpp"
#include "doctors/doctor_service.hpp"
#include "doctors/rating_tally.hpp"
#include "reviews/review.hpp"
#include "reviews/review_repository.hpp"
#include "storage/database.hpp"

namespace medimeet::reviews {

struct ReviewSettings {
  // MEDIMEET_REVIEWS=off: no review endpoint answers (404) and the web app shows none, where
  // medical ethics forbid rating doctors. Reviews already written stay in their authors' exports.
  bool enabled = true;
  std::chrono::days review_period{60};  // after the visit, how long its patient may review it
};

struct ReviewPage {
  std::vector<Review> reviews;
  long long total = 0;
};

// The Reviews collection's use cases: a patient reviews a completed visit once, within the
// review period; anyone reads a doctor's shown reviews without learning who wrote them; the
// doctor may flag one for the operator. Every change moves the doctor's rating in its own
// transaction.
class ReviewService {
 public:
  static constexpr int kMaxPageSize = 50;
  static constexpr std::size_t kMaxComment = 2000;
  static constexpr std::size_t kMaxDisplayName = 60;
  static constexpr std::size_t kMaxFlagReason = 1000;

  ReviewService(storage::Database& database, const Clock& clock, const appointments::AppointmentService& appointments,
                const doctors::DoctorService& doctors, ReviewSettings settings);

  // By the appointment's patient (404 for anyone else): 409 visit_not_completed unless it is
  // completed, review_period_over past the period, already_reviewed for a second review.
  Review create(const access::Caller& patient, const ReviewDraft& draft);
  // The caller's review of their appointment; 404 when they wrote none.
  Review of_appointment(const access::Caller& patient, const std::string& appointment_id);
  // By its author (404 for anyone else); 409 review_hidden once the operator hid it.
  Review update(const access::Caller& patient, const std::string& review_id, const ReviewChanges& changes);
  // By its author; 404 for anyone else.
  void remove(const access::Caller& patient, const std::string& review_id);
  // By the reviewed doctor (404 for anyone else, and for a hidden review): the review awaits
  // the operator. 409 review_kept when the operator already kept it. Flagging twice is one flag.
  Review flag(const access::Caller& doctor, const std::string& review_id, const std::string& reason);

  // The doctor's shown reviews, newest first; 404 for an unknown doctor.
  ReviewPage shown_of_doctor(const std::string& doctor_id, const PageRequest& paging);
  // Every review the patient wrote, for their data export.
  std::vector<Review> written_by(soci::session& sql, const std::string& patient_id) const;

 private:
  // The caller's own review; 404 otherwise.
  Review authored(soci::session& sql, const access::Caller& patient, const std::string& review_id) const;

  storage::Database& database_;
  const Clock& clock_;
  const appointments::AppointmentService& appointments_;
  const doctors::DoctorService& doctors_;
  ReviewSettings settings_;
  ReviewRepository reviews_;
  doctors::RatingTally ratings_;
};

// What the operator decides of a flagged review (`medimeet reviews hide|keep ID`).
enum class Moderation { hide, keep };

// The operator's side, from the command line: the flagged reviews, and the decision on each.
class ReviewModeration {
 public:
  ReviewModeration(storage::Database& database, const Clock& clock) : database_(database), clock_(clock) {}

  std::vector<Review> flagged();
  // Hiding takes the review out of the page and the rating; keeping shows it again (and counts
  // it) and stops its doctor from flagging it again. Throws AppError not_found for an unknown id.
  Review decide(const std::string& review_id, Moderation decision);

 private:
  storage::Database& database_;
  const Clock& clock_;
  ReviewRepository reviews_;
  doctors::RatingTally ratings_;
};

}  // namespace medimeet::reviews
