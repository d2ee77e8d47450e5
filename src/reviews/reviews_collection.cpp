#include "reviews/reviews_collection.hpp"

#include <tuple>

#include "accounts/users_collection.hpp"
#include "common/error.hpp"
#include "common/field_problems.hpp"
#include "common/json_output.hpp"
#include "common/object_id.hpp"
#include "reviews/review_json.hpp"
#include "reviews/review_service.hpp"
#include "storage/query.hpp"

namespace medimeet::reviews {
namespace {

FieldProblem already_reviewed() {
  return FieldProblem("already_reviewed", "is the appointment of an earlier review (one review per appointment)");
}

}  // namespace

const ExtendedJsonShape& ReviewsCollection::shape() const {
  static const ExtendedJsonShape shape{{"_id", "doctorId", "patientId", "appointmentId"},
                                       {"flaggedAt", "createdAt", "updatedAt"}};
  return shape;
}

void ReviewsCollection::export_documents(soci::session& sql, const kernel::DocumentWriter& write) const {
  storage::for_each_id(sql, "reviews", [&](const std::string& id) {
    const auto review = reviews_.find(sql, id);
    if (!review) return;
    auto document = review_to_json(*review);
    document["kept"] = review->kept;
    document["flagReason"] = nullable(review->flag_reason);
    document["flaggedAt"] = nullable(review->flagged_at);
    write(document);
  });
}

std::optional<std::string> ReviewsCollection::unreviewed_appointment(soci::session& sql, const std::string& patient_id,
                                                                     const std::string& doctor_id) const {
  const auto between = appointments_.between(sql, patient_id, doctor_id);
  for (const bool completed_only : {true, false}) {
    for (const auto& appointment : between) {
      if (completed_only && appointment.status != appointments::Status::completed) continue;
      if (!reviews_.find_by_appointment(sql, appointment.id)) return appointment.id;
    }
  }
  return std::nullopt;
}

kernel::DocumentInsert ReviewsCollection::import_document(JsonInput& document, kernel::ImportedIds& ids) {
  Review review;
  review.id = kernel::read_document_id(document, name(), ids);
  review.doctor_id = kernel::read_reference(document, "doctorId", accounts::users_with_role(access::Role::doctor), ids);
  review.patient_id = kernel::read_reference(document, "patientId", accounts::users_with_role(access::Role::patient), ids);
  if (auto appointment = document.optional_string("appointmentId")) {
    if (!is_object_id(*appointment)) {
      document.reject("appointmentId", problems::not_an_id());
    } else {
      ids.require(document, "appointmentId", "appointments", *appointment);
      if (!ids.add("reviews.appointmentId", *appointment)) document.reject("appointmentId", already_reviewed());
      review.appointment_id = *appointment;
    }
  }

  if (auto rating = document.optional_integer("rating", 1, 5)) {
    review.rating = static_cast<int>(*rating);
  } else if (!document.has("rating")) {
    document.reject("rating", problems::required());
  }
  review.comment = document.optional_blank_prose("comment", ReviewService::kMaxComment);
  review.display_name = document.patch_text("displayName", 1, ReviewService::kMaxDisplayName).value_or(std::nullopt);

  if (auto status = document.optional_string("status")) {
    if (auto known = status_from_string(*status)) {
      review.status = *known;
    } else {
      document.reject("status", problems::one_of("published, flagged, hidden"));
    }
  }
  review.kept = document.optional_bool("kept").value_or(false);
  review.flag_reason = document.optional_prose("flagReason", ReviewService::kMaxFlagReason);
  review.flagged_at = document.optional_instant("flaggedAt", kernel::kInstantExample);
  // A flag always says why and when, as the doctor's flag wrote it: the operator decides on that.
  if (review.status == ReviewStatus::flagged) {
    if (!document.has("flagReason")) document.reject("flagReason", problems::required());
    if (!document.has("flaggedAt")) document.reject("flaggedAt", problems::required());
  }
  std::tie(review.created_at, review.updated_at) = kernel::read_timestamps(document, review.id);

  return [this, review](storage::Transaction& transaction) {
    auto stored = review;
    if (stored.appointment_id.empty()) {
      auto appointment = unreviewed_appointment(transaction, stored.patient_id, stored.doctor_id);
      if (!appointment) {
        throw AppError::field("appointmentId",
                              FieldProblem("no_appointment_to_review",
                                           "is missing, and the patient has no appointment with the doctor left "
                                           "without a review to attach it to"));
      }
      stored.appointment_id = std::move(*appointment);
    } else {
      const auto appointment = appointments_.find(transaction, stored.appointment_id);
      if (!appointment || appointment->patient_id != stored.patient_id || appointment->doctor_id != stored.doctor_id) {
        throw AppError::field("appointmentId", FieldProblem("not_their_appointment",
                                                            "is not an appointment of patientId with doctorId"));
      }
    }
    if (!reviews_.insert(transaction, stored)) throw AppError::field("appointmentId", already_reviewed());
    if (is_shown(stored.status)) ratings_.add(transaction, stored.doctor_id, 1, stored.rating);
  };
}

}  // namespace medimeet::reviews
