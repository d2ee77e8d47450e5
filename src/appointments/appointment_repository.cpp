#include "appointments/appointment_repository.hpp"

#include <soci/soci.h>

#include "storage/database.hpp"

namespace medimeet::appointments {
namespace {

// No consultation is longer; bounds the index range scanned for overlaps.
constexpr auto kLongestAppointment = std::chrono::hours(4);

}  // namespace

std::string taken_query(std::size_t doctor_count) {
  return "SELECT doctor_id, appointment_date, duration_minutes FROM appointments "
         "WHERE doctor_id IN (" + storage::in_list_placeholders(doctor_count) + ") "
         "AND appointment_date > :lower AND appointment_date < :upper AND status <> 'canceled'";
}

bool AppointmentRepository::exists_between(soci::session& sql, const std::string& doctor_id,
                                           const std::string& patient_id) const {
  int found = 0;
  sql << "SELECT 1 FROM appointments WHERE patient_id = :p AND doctor_id = :d LIMIT 1",
      soci::use(patient_id), soci::use(doctor_id), soci::into(found);
  return sql.got_data();
}

std::vector<TakenTime> AppointmentRepository::taken(soci::session& sql,
                                                    const std::vector<std::string>& doctor_ids,
                                                    TimePoint from, TimePoint to) const {
  std::vector<TakenTime> result;
  if (doctor_ids.empty()) return result;
  const long long lower = to_epoch_ms(from - kLongestAppointment);
  const long long upper = to_epoch_ms(to);
  std::string doctor_id;
  long long start = 0;
  int minutes = 0;
  soci::statement query(sql);
  query.exchange(soci::into(doctor_id));
  query.exchange(soci::into(start));
  query.exchange(soci::into(minutes));
  for (const auto& id : doctor_ids) query.exchange(soci::use(id));
  query.exchange(soci::use(lower));
  query.exchange(soci::use(upper));
  query.alloc();
  query.prepare(taken_query(doctor_ids.size()));
  query.define_and_bind();
  if (!query.execute(true)) return result;
  do {
    const auto begins = from_epoch_ms(start);
    const auto ends = begins + std::chrono::minutes(minutes);
    if (ends > from) result.push_back({doctor_id, begins, ends});
  } while (query.fetch());
  return result;
}

}  // namespace medimeet::appointments
