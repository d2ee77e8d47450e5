#include "reviews/review_service.hpp"

#include "common/error.hpp"
#include "common/object_id.hpp"

namespace medimeet::reviews {
namespace {

AppError review_not_found() { return AppError::not_found("The review"); }

}  // namespace

ReviewService::ReviewService(storage::Database& database, const Clock& clock,
                             const appointments::AppointmentService& appointments,
                             const doctors::DoctorService& doctors, ReviewSettings settings)
    : database_(database), clock_(clock), appointments_(appointments), doctors_(doctors), settings_(settings) {}

Review ReviewService::create(const access::Caller& patient, const ReviewDraft& draft) {
  const auto now = clock_.now();
  return database_.write([&](storage::Transaction& sql) {
    const auto appointment = appointments_.find(sql, draft.appointment_id);
    if (!appointment || appointment->patient_id != patient.user_id) throw AppError::not_found("The appointment");
    if (appointment->status != appointments::Status::completed) {
      throw AppError::conflict("visit_not_completed", "A visit is reviewed once the doctor has marked it completed.");
    }
    if (now > appointment->appointment_date + settings_.review_period) {
      throw AppError::conflict("review_period_over", "A visit is reviewed within " +
                                                         std::to_string(settings_.review_period.count()) +
                                                         " days; this one is older.");
    }
    Review review;
    review.id = new_object_id(now);
    review.doctor_id = appointment->doctor_id;
    review.patient_id = patient.user_id;
    review.appointment_id = appointment->id;
    review.rating = draft.rating;
    review.comment = draft.comment;
    review.display_name = draft.display_name;
    review.created_at = review.updated_at = now;
    if (!reviews_.insert(sql, review)) {
      throw AppError::conflict("already_reviewed", "You have already reviewed this visit; change that review instead.");
    }
    ratings_.add(sql, review.doctor_id, 1, review.rating);
    return review;
  });
}

Review ReviewService::of_appointment(const access::Caller& patient, const std::string& appointment_id) {
  return database_.read([&](soci::session& sql) {
    auto review = reviews_.find_by_appointment(sql, appointment_id);
    if (!review || review->patient_id != patient.user_id) throw review_not_found();
    return *review;
  });
}

Review ReviewService::authored(soci::session& sql, const access::Caller& patient,
                               const std::string& review_id) const {
  auto review = reviews_.find(sql, review_id);
  if (!review || review->patient_id != patient.user_id) throw review_not_found();
  return *review;
}

Review ReviewService::update(const access::Caller& patient, const std::string& review_id,
                             const ReviewChanges& changes) {
  const auto now = clock_.now();
  return database_.write([&](storage::Transaction& sql) {
    auto review = authored(sql, patient, review_id);
    if (review.status == ReviewStatus::hidden) {
      throw AppError::conflict("review_hidden", "The moderators hid this review: it can be deleted, not changed.");
    }
    const int previous_rating = review.rating;
    if (changes.rating) review.rating = *changes.rating;
    if (changes.comment) review.comment = *changes.comment;
    if (changes.display_name) review.display_name = *changes.display_name;
    review.kept = false;  // what the operator kept is not what it now says
    review.updated_at = now;
    reviews_.update(sql, review);
    ratings_.add(sql, review.doctor_id, 0, review.rating - previous_rating);
    return review;
  });
}

void ReviewService::remove(const access::Caller& patient, const std::string& review_id) {
  database_.write([&](storage::Transaction& sql) {
    const auto review = authored(sql, patient, review_id);
    reviews_.remove(sql, review.id);
    if (is_shown(review.status)) ratings_.add(sql, review.doctor_id, -1, -review.rating);
  });
}

Review ReviewService::flag(const access::Caller& doctor, const std::string& review_id, const std::string& reason) {
  const auto now = clock_.now();
  return database_.write([&](storage::Transaction& sql) {
    auto review = reviews_.find(sql, review_id);
    if (!review || review->doctor_id != doctor.user_id || !is_shown(review->status)) throw review_not_found();
    if (review->kept) {
      throw AppError::conflict("review_kept", "The moderators already examined this review and kept it.");
    }
    if (review->status == ReviewStatus::flagged) return *review;
    review->status = ReviewStatus::flagged;
    review->flag_reason = reason;
    review->flagged_at = now;
    review->updated_at = now;
    reviews_.update(sql, *review);
    return *review;
  });
}

ReviewPage ReviewService::shown_of_doctor(const std::string& doctor_id, const PageRequest& paging) {
  return database_.read([&](soci::session& sql) {
    doctors_.get(sql, doctor_id);  // 404 for an unknown doctor
    return ReviewPage{reviews_.shown_of_doctor(sql, doctor_id, paging.offset(), paging.limit),
                      reviews_.count_shown_of_doctor(sql, doctor_id)};
  });
}

std::vector<Review> ReviewService::written_by(soci::session& sql, const std::string& patient_id) const {
  return reviews_.of_patient(sql, patient_id);
}

std::vector<Review> ReviewModeration::flagged() {
  return database_.read([&](soci::session& sql) { return reviews_.flagged(sql); });
}

Review ReviewModeration::decide(const std::string& review_id, Moderation decision) {
  const auto now = clock_.now();
  return database_.write([&](storage::Transaction& sql) {
    auto review = reviews_.find(sql, review_id);
    if (!review) throw review_not_found();
    const bool was_shown = is_shown(review->status);
    review->status = decision == Moderation::hide ? ReviewStatus::hidden : ReviewStatus::published;
    review->kept = decision == Moderation::keep;
    review->updated_at = now;
    reviews_.update(sql, *review);
    if (was_shown != is_shown(review->status)) {
      const int direction = was_shown ? -1 : 1;
      ratings_.add(sql, review->doctor_id, direction, direction * review->rating);
    }
    return *review;
  });
}

}  // namespace medimeet::reviews
