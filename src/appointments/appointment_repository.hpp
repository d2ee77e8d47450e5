#pragma once

#include <soci/session.h>

#include <string>
#include <vector>

#include "common/time.hpp"

namespace medimeet::appointments {

// The span an appointment that is not canceled keeps its doctor busy.
struct TakenTime {
  std::string doctor_id;
  TimePoint start;
  TimePoint end;
};

// The query `taken` runs, for one doctor (for the benchmark's query plans).
std::string taken_query(std::size_t doctor_count);

// All SQL of the appointments table.
class AppointmentRepository {
 public:
  // True when the doctor and the patient have at least one appointment, whatever its status.
  bool exists_between(soci::session& sql, const std::string& doctor_id,
                      const std::string& patient_id) const;
  // Appointments not canceled of the given doctors that overlap [from, to), in one query.
  std::vector<TakenTime> taken(soci::session& sql, const std::vector<std::string>& doctor_ids,
                               TimePoint from, TimePoint to) const;
};

}  // namespace medimeet::appointments
