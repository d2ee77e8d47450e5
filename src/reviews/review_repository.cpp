#include "reviews/review_repository.hpp"

#include <soci/soci.h>

#include "common/enum_names.hpp"
#include "storage/kept_statements.hpp"
#include "storage/optional_binding.hpp"
#include "storage/query.hpp"

namespace medimeet::reviews {
namespace {

constexpr EnumNames<ReviewStatus, 3> kStatusNames{{{
    {ReviewStatus::published, "published"},
    {ReviewStatus::flagged, "flagged"},
    {ReviewStatus::hidden, "hidden"}}}};

constexpr std::string_view kColumns =
    "SELECT id, doctor_id, patient_id, appointment_id, rating, comment, display_name, status, kept, flag_reason, "
    "flagged_at, created_at, updated_at FROM reviews ";

std::vector<Review> select_reviews(soci::session& sql, const storage::Query& query) {
  Review review;
  std::optional<std::string> display_name;
  std::string status;
  int kept = 0;
  std::optional<std::string> flag_reason;
  std::optional<long long> flagged_at;
  long long created_at = 0;
  long long updated_at = 0;
  storage::KeptStatement statement(sql, query.text());
  statement->exchange(soci::into(review.id));
  statement->exchange(soci::into(review.doctor_id));
  statement->exchange(soci::into(review.patient_id));
  statement->exchange(soci::into(review.appointment_id));
  statement->exchange(soci::into(review.rating));
  statement->exchange(soci::into(review.comment));
  statement->exchange(soci::into(display_name));
  statement->exchange(soci::into(status));
  statement->exchange(soci::into(kept));
  statement->exchange(soci::into(flag_reason));
  statement->exchange(soci::into(flagged_at));
  statement->exchange(soci::into(created_at));
  statement->exchange(soci::into(updated_at));
  query.bind_to(*statement);
  statement->execute();
  std::vector<Review> reviews;
  while (statement->fetch()) {
    auto& found = reviews.emplace_back(review);
    found.display_name = display_name;
    found.status = kStatusNames.parse(status).value_or(ReviewStatus::hidden);
    found.kept = kept != 0;
    found.flag_reason = flag_reason;
    found.flagged_at = flagged_at ? std::optional(from_epoch_ms(*flagged_at)) : std::nullopt;
    found.created_at = from_epoch_ms(created_at);
    found.updated_at = from_epoch_ms(updated_at);
  }
  return reviews;
}

std::optional<Review> select_review(soci::session& sql, const storage::Query& query) {
  auto reviews = select_reviews(sql, query);
  if (reviews.empty()) return std::nullopt;
  return std::move(reviews.front());
}

std::optional<long long> epoch_ms(const std::optional<TimePoint>& time) {
  return time ? std::optional(to_epoch_ms(*time)) : std::nullopt;
}

}  // namespace

std::string_view to_string(ReviewStatus status) { return kStatusNames.name(status); }

std::optional<ReviewStatus> status_from_string(std::string_view text) { return kStatusNames.parse(text); }

bool ReviewRepository::insert(soci::session& sql, const Review& review) const {
  const std::string status(to_string(review.status));
  const int kept = review.kept ? 1 : 0;
  const auto flagged_at = epoch_ms(review.flagged_at);
  const long long created_at = to_epoch_ms(review.created_at);
  const long long updated_at = to_epoch_ms(review.updated_at);
  storage::KeptStatement statement(sql, "INSERT INTO reviews (id, doctor_id, patient_id, appointment_id, rating, "
                                        "comment, display_name, "
                                        "status, kept, flag_reason, flagged_at, created_at, updated_at) VALUES (:id, "
                                        ":d, :p, :a, :r, :c, "
                                        ":n, :s, :k, :fr, :fa, :ca, :ua) ON CONFLICT (appointment_id) DO NOTHING",
                                   soci::use(review.id), soci::use(review.doctor_id), soci::use(review.patient_id),
                                   soci::use(review.appointment_id), soci::use(review.rating),
                                   soci::use(review.comment), soci::use(review.display_name), soci::use(status),
                                   soci::use(kept), soci::use(review.flag_reason), soci::use(flagged_at),
                                   soci::use(created_at), soci::use(updated_at));
  statement->execute(true);
  return statement->get_affected_rows() > 0;
}

std::optional<Review> ReviewRepository::find(soci::session& sql, const std::string& review_id) const {
  storage::Query query(kColumns);
  query.append("WHERE id = ").bind(review_id);
  return select_review(sql, query);
}

std::optional<Review> ReviewRepository::find_by_appointment(soci::session& sql,
                                                            const std::string& appointment_id) const {
  storage::Query query(kColumns);
  query.append("WHERE appointment_id = ").bind(appointment_id);
  return select_review(sql, query);
}

void ReviewRepository::update(soci::session& sql, const Review& review) const {
  const std::string status(to_string(review.status));
  const int kept = review.kept ? 1 : 0;
  const auto flagged_at = epoch_ms(review.flagged_at);
  const long long updated_at = to_epoch_ms(review.updated_at);
  storage::run(sql, "UPDATE reviews SET rating = :r, comment = :c, display_name = :n, status = :s, kept = :k, "
                    "flag_reason = :fr, flagged_at = :fa, updated_at = :u WHERE id = :id",
               soci::use(review.rating), soci::use(review.comment), soci::use(review.display_name), soci::use(status),
               soci::use(kept), soci::use(review.flag_reason), soci::use(flagged_at), soci::use(updated_at),
               soci::use(review.id));
}

void ReviewRepository::remove(soci::session& sql, const std::string& review_id) const {
  storage::run(sql, "DELETE FROM reviews WHERE id = :id", soci::use(review_id));
}

std::vector<Review> ReviewRepository::shown_of_doctor(soci::session& sql, const std::string& doctor_id, int offset,
                                                      int limit) const {
  storage::Query query(kColumns);
  query.append("WHERE doctor_id = ").bind(doctor_id)
      .append(" AND status <> 'hidden' ORDER BY created_at DESC, id DESC LIMIT ").bind(static_cast<long long>(limit))
      .append(" OFFSET ").bind(static_cast<long long>(offset));
  return select_reviews(sql, query);
}

long long ReviewRepository::count_shown_of_doctor(soci::session& sql, const std::string& doctor_id) const {
  long long count = 0;
  storage::run(sql, "SELECT COUNT(*) FROM reviews WHERE doctor_id = :d AND status <> 'hidden'",
               soci::use(doctor_id), soci::into(count));
  return count;
}

std::vector<Review> ReviewRepository::of_patient(soci::session& sql, const std::string& patient_id) const {
  storage::Query query(kColumns);
  query.append("WHERE patient_id = ").bind(patient_id).append(" ORDER BY created_at DESC, id DESC");
  return select_reviews(sql, query);
}

std::vector<Review> ReviewRepository::flagged(soci::session& sql) const {
  return select_reviews(sql, storage::Query(std::string(kColumns) + "WHERE status = 'flagged' ORDER BY flagged_at, id"));
}

}  // namespace medimeet::reviews
