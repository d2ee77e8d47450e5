#pragma once

#include "appointments/appointment_service.hpp"
#include "doctors/rating_tally.hpp"
#include "kernel/collection.hpp"
#include "reviews/review_repository.hpp"

namespace medimeet::reviews {

// The Reviews collection for export and import: the seed's fields, the additions the API writes
// (appointmentId, displayName, status) and the moderation the operator relies on (kept,
// flagReason, flaggedAt). A review of the original MediMeet names no appointment: it is given the
// patient's latest unreviewed appointment with the doctor, completed ones first. Each imported
// review that is shown counts in its doctor's rating, as a review written through the API does.
class ReviewsCollection final : public kernel::Collection {
 public:
  explicit ReviewsCollection(const appointments::AppointmentService& appointments) : appointments_(appointments) {}

  std::string_view name() const override { return "reviews"; }
  const ExtendedJsonShape& shape() const override;
  void export_documents(soci::session& sql, const kernel::DocumentWriter& write) const override;
  kernel::DocumentInsert import_document(JsonInput& document, kernel::ImportedIds& ids) override;

 private:
  // The patient's latest appointment with the doctor that has no review yet, completed ones
  // first: what a review of the original MediMeet, which named no appointment, is about.
  std::optional<std::string> unreviewed_appointment(soci::session& sql, const std::string& patient_id,
                                                    const std::string& doctor_id) const;

  const appointments::AppointmentService& appointments_;
  ReviewRepository reviews_;
  doctors::RatingTally ratings_;
};

}  // namespace medimeet::reviews
