#pragma once

#include <soci/session.h>

#include <optional>
#include <string>
#include <vector>

#include "reviews/review.hpp"

namespace medimeet::reviews {

// The reviews table, and which appointments have no review.
class ReviewRepository {
 public:
  // False, writing nothing, when the appointment already has its review (one written at the
  // same moment by another request).
  bool insert(soci::session& sql, const Review& review) const;
  std::optional<Review> find(soci::session& sql, const std::string& review_id) const;
  std::optional<Review> find_by_appointment(soci::session& sql, const std::string& appointment_id) const;
  // Writes rating, comment, display name, status, kept, flag and updated_at.
  void update(soci::session& sql, const Review& review) const;
  void remove(soci::session& sql, const std::string& review_id) const;

  // The doctor's shown reviews, newest first.
  std::vector<Review> shown_of_doctor(soci::session& sql, const std::string& doctor_id, int offset, int limit) const;
  long long count_shown_of_doctor(soci::session& sql, const std::string& doctor_id) const;
  // Every review the patient wrote, newest first.
  std::vector<Review> of_patient(soci::session& sql, const std::string& patient_id) const;
  // The reviews awaiting the operator, oldest flag first.
  std::vector<Review> flagged(soci::session& sql) const;
};

}  // namespace medimeet::reviews
