#pragma once

#include <soci/session.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "doctors/directory_pages.hpp"
#include "doctors/doctor.hpp"
#include "storage/database.hpp"
#include "storage/query.hpp"

namespace medimeet::doctors {

enum class DoctorOrder { rating, experience, name };

// A kept free day (see SlotFinder): a free slot on `day` ("YYYY-MM-DD", doctor-local) starting
// at or after `earliest` (epoch ms).
struct FreeOn {
  std::string day;
  long long earliest = 0;
};

// Filters of the public search; folded terms (see common/search_text).
struct DoctorFilter {
  std::optional<std::string> specialty_folded;  // equal
  std::optional<std::string> location_folded;   // contained
  std::optional<std::string> name_folded;       // contained
  std::optional<Weekday> works_on;              // has a window that weekday
  std::optional<appointments::ConsultationMode> mode;  // offers it
  std::optional<FreeOn> free_on;                // has a kept free slot then
  std::optional<std::string> free_days_unknown_on;  // no free days kept for that day
  std::optional<std::vector<std::string>> ids;      // one of these
};

struct FreeMatches {
  long long total = 0;
  std::optional<long long> last_free;
};

// All SQL of the doctors, doctor_availability and doctor_time_off tables.
class DoctorRepository {
 public:
  void insert(soci::session& sql, const std::string& id, const std::string& timezone,
              TimePoint now) const;
  // With its availability.
  std::optional<Doctor> find(soci::session& sql, const std::string& id) const;
  // Writes the profile and replaces the availability; `listed` as is_complete says.
  void update(soci::session& sql, const Doctor& doctor) const;
  // Writes the profile as update does, and its created_at: a doctor moved from another
  // database into the row their account's import made.
  void restore(soci::session& sql, const Doctor& doctor) const;

  // The statement `search` runs, for the benchmark's query plans. Names and places are looked up
  // through the trigram index of `backend`.
  storage::Query search_query(storage::Backend backend, const DoctorFilter& filter, DoctorOrder order, int limit,
                              int offset) const;
  // Listed doctors matching `filter`, in `order`, with their availability; `limit` 0: all.
  std::vector<Doctor> search(soci::session& sql, const DoctorFilter& filter, DoctorOrder order,
                             int limit, int offset) const;
  long long count(soci::session& sql, const DoctorFilter& filter) const;
  // How many doctors match `filter`, which must have free_on, and the earliest of their last free
  // slots (epoch ms) on its day, or an earlier one.
  FreeMatches count_free(soci::session& sql, const DoctorFilter& filter) const;
  // The listing generation (migration 0021): grows with every change a listing could show.
  long long listing_generation(soci::session& sql) const;
  // The directory generation (migration 0022), which grows with every change to the doctors'
  // rows, and with `day` ("YYYY-MM-DD") that day's free days generation (migration 0023).
  DirectoryGenerations directory_generations(soci::session& sql, const std::optional<std::string>& day) const;
  // Each specialty of listed doctors with how many list it, most first.
  std::vector<std::pair<std::string, long long>> specialties(soci::session& sql) const;
  // Listed doctors with the most appointments not canceled since `since`, best rated first on
  // ties; with their availability.
  std::vector<Doctor> most_booked(soci::session& sql, TimePoint since, int limit) const;

  // Locks the doctor's row until the transaction ends (PostgreSQL; a no-op on SQLite).
  void lock(soci::session& sql, const std::string& id) const;

  void insert_time_off(soci::session& sql, const TimeOff& time_off) const;
  // The doctor's time off, by start.
  std::vector<TimeOff> time_off_of(soci::session& sql, const std::string& doctor_id) const;
  // Time off of the given doctors overlapping [from, to), in one query.
  std::vector<TimeOff> time_off_between(soci::session& sql, const std::vector<std::string>& doctor_ids,
                                        TimePoint from, TimePoint to) const;
  // False when the doctor has no such time off.
  bool remove_time_off(soci::session& sql, const std::string& doctor_id, const std::string& id) const;

 private:
  // count_free with no other filter, from the day's tally (migration 0024); none while one of
  // the day's last free slots is too near to be booked, which the tally would still count.
  std::optional<FreeMatches> tally_free(soci::session& sql, const FreeOn& free_on) const;
};

}  // namespace medimeet::doctors
