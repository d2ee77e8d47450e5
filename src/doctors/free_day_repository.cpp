#include "doctors/free_day_repository.hpp"

#include <soci/soci.h>

#include <limits>

#include "storage/kept_statements.hpp"
#include "storage/query.hpp"

namespace medimeet::doctors {

std::map<std::string, FreeDaysRange> FreeDayRepository::ranges(soci::session& sql,
                                                               const std::vector<std::string>& doctor_ids) const {
  std::map<std::string, FreeDaysRange> result;
  if (doctor_ids.empty()) return result;
  std::string doctor_id;
  FreeDaysRange range;
  storage::Query query("SELECT doctor_id, first_day, last_day, renew_at FROM doctor_free_days_range WHERE doctor_id IN (");
  query.bind_list(doctor_ids).append(")");
  storage::KeptStatement statement(sql, query.text());
  statement->exchange(soci::into(doctor_id));
  statement->exchange(soci::into(range.first_day));
  statement->exchange(soci::into(range.last_day));
  statement->exchange(soci::into(range.renew_at));
  query.bind_to(*statement);
  if (!statement->execute(true)) return result;
  do {
    result.emplace(doctor_id, range);
  } while (statement->fetch());
  return result;
}

std::map<std::string, std::vector<FreeDay>> FreeDayRepository::days_from(soci::session& sql,
                                                                         const std::vector<std::string>& doctor_ids,
                                                                         const std::string& first_day) const {
  std::map<std::string, std::vector<FreeDay>> result;
  if (doctor_ids.empty()) return result;
  std::string doctor_id;
  FreeDay day;
  storage::Query query("SELECT doctor_id, day, first_free, last_free FROM doctor_free_days WHERE doctor_id IN (");
  query.bind_list(doctor_ids).append(") AND day >= ").bind(first_day).append(" ORDER BY doctor_id, day");
  storage::KeptStatement statement(sql, query.text());
  statement->exchange(soci::into(doctor_id));
  statement->exchange(soci::into(day.day));
  statement->exchange(soci::into(day.first_free));
  statement->exchange(soci::into(day.last_free));
  query.bind_to(*statement);
  if (!statement->execute(true)) return result;
  do {
    result[doctor_id].push_back(day);
  } while (statement->fetch());
  return result;
}

void FreeDayRepository::store(soci::session& sql, const std::string& doctor_id, const FreeDaysRange& range,
                              const std::vector<FreeDay>& days, const std::string& first_day,
                              const std::string& last_day) const {
  std::map<std::string, std::pair<long long, long long>> kept;
  {
    std::string day;
    long long first_free = 0;
    long long last_free = 0;
    storage::KeptStatement statement(sql,
                                     "SELECT day, first_free, last_free FROM doctor_free_days WHERE doctor_id = :id "
                                     "AND day >= :first AND day <= :last",
                                     soci::use(doctor_id), soci::use(first_day), soci::use(last_day),
                                     soci::into(day), soci::into(first_free), soci::into(last_free));
    if (statement->execute(true)) {
      do {
        kept[day] = {first_free, last_free};
      } while (statement->fetch());
    }
  }
  for (const auto& day : days) {
    const auto found = kept.find(day.day);
    if (found == kept.end()) {
      storage::run(sql, "INSERT INTO doctor_free_days (doctor_id, day, first_free, last_free) VALUES (:id, :day, "
                        ":first, :last)",
                   soci::use(doctor_id), soci::use(day.day), soci::use(day.first_free), soci::use(day.last_free));
      continue;
    }
    if (found->second != std::pair{day.first_free, day.last_free}) {
      storage::run(sql, "UPDATE doctor_free_days SET first_free = :first, last_free = :last WHERE doctor_id = :id AND "
                        "day = :day",
                   soci::use(day.first_free), soci::use(day.last_free), soci::use(doctor_id), soci::use(day.day));
    }
    kept.erase(found);
  }
  for (const auto& [day, unused] : kept) {
    storage::run(sql, "DELETE FROM doctor_free_days WHERE doctor_id = :id AND day = :day",
                 soci::use(doctor_id), soci::use(day));
  }
  set_range(sql, doctor_id, range);
}

void FreeDayRepository::set_range(soci::session& sql, const std::string& doctor_id, const FreeDaysRange& range) const {
  storage::Query update("UPDATE doctor_free_days_range SET first_day = ");
  update.bind(range.first_day).append(", last_day = ").bind(range.last_day).append(", renew_at = ").bind(range.renew_at);
  update.append(" WHERE doctor_id = ").bind(doctor_id);
  if (storage::execute_counting_rows(sql, update) > 0) return;
  storage::run(sql, "INSERT INTO doctor_free_days_range (doctor_id, first_day, last_day, renew_at) "
                    "VALUES (:id, :first, :last, :renew)",
               soci::use(doctor_id), soci::use(range.first_day), soci::use(range.last_day), soci::use(range.renew_at));
}

void FreeDayRepository::remove(soci::session& sql, const std::string& doctor_id) const {
  storage::run(sql, "DELETE FROM doctor_free_days WHERE doctor_id = :id", soci::use(doctor_id));
  // Nothing to renew until the doctor is listed again (which empties the range, due at once).
  set_range(sql, doctor_id, {"", "", std::numeric_limits<long long>::max()});
}

std::vector<std::string> FreeDayRepository::stale(soci::session& sql, long long now, int limit) const {
  std::vector<std::string> ids;
  std::string id;
  storage::Query due("SELECT doctor_id FROM doctor_free_days_range WHERE renew_at <= ");
  due.bind(now).append(" ORDER BY renew_at LIMIT " + std::to_string(limit));
  storage::KeptStatement statement(sql, due.text());
  statement->exchange(soci::into(id));
  due.bind_to(*statement);
  if (!statement->execute(true)) return ids;
  do {
    ids.push_back(id);
  } while (statement->fetch());
  return ids;
}

}  // namespace medimeet::doctors
