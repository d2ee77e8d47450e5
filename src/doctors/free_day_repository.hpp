#pragma once

#include <soci/session.h>

#include <map>
#include <string>
#include <vector>

namespace medimeet::doctors {

// A doctor-local day with at least one free slot: its first and last free slot's start, epoch ms.
struct FreeDay {
  std::string day;  // "YYYY-MM-DD"
  long long first_free = 0;
  long long last_free = 0;
};

// The days a doctor's free days are kept for, inclusive ("YYYY-MM-DD"): any other day is unknown.
struct FreeDaysRange {
  std::string first_day;
  std::string last_day;
  long long renew_at = 0;  // epoch ms: the doctor's next midnight, when the range moves on
  bool covers(const std::string& day) const { return first_day <= day && day <= last_day; }
};

// All SQL of the doctor_free_days and doctor_free_days_range tables. Every doctor has a range
// row (made with the doctor, migration 0021); an empty one covers no day.
class FreeDayRepository {
 public:
  static constexpr const char* kAfterAnyDay = "~";  // sorts after every "YYYY-MM-DD"

  // The kept range of each of these doctors that has one.
  std::map<std::string, FreeDaysRange> ranges(soci::session& sql, const std::vector<std::string>& doctor_ids) const;
  // The free days of these doctors from `first_day` on, by doctor then day.
  std::map<std::string, std::vector<FreeDay>> days_from(soci::session& sql, const std::vector<std::string>& doctor_ids,
                                                        const std::string& first_day) const;
  // Makes `days` the doctor's free days among the days [first_day, last_day] (all days by
  // default), writing only the days that differ from those kept, and keeps `range`.
  void store(soci::session& sql, const std::string& doctor_id, const FreeDaysRange& range,
             const std::vector<FreeDay>& days, const std::string& first_day = "",
             const std::string& last_day = kAfterAnyDay) const;
  // Keeps `range` as the doctor's, their days as they are.
  void set_range(soci::session& sql, const std::string& doctor_id, const FreeDaysRange& range) const;
  // Forgets the doctor's free days (an unlisted doctor has none to show).
  void remove(soci::session& sql, const std::string& doctor_id) const;
  // Up to `limit` doctors whose range is due to move on at `now` (or was emptied by a change).
  std::vector<std::string> stale(soci::session& sql, long long now, int limit) const;
};

}  // namespace medimeet::doctors
