#pragma once

#include <optional>
#include <string>

#include "appointments/appointment.hpp"
#include "common/money.hpp"
#include "common/time.hpp"

namespace medimeet::doctors {

using appointments::ConsultationMode;

// What a patient books a doctor for (an addition to the seed): "Première consultation", 45
// minutes, 50 €, at the practice, new patients welcome. A doctor without reasons is booked
// for their consultationMinutes.
struct VisitReason {
  std::string id;
  std::string doctor_id;
  std::string name;
  int duration_minutes = 30;
  std::optional<Money> price;  // none: the doctor's fee applies
  ConsultationMode mode = ConsultationMode::in_person;
  bool new_patients = true;  // false: only for patients the doctor has already seen
  std::string instructions;  // what to bring, how to prepare; shown before and after booking
  bool archived = false;
  TimePoint created_at;
  TimePoint updated_at;
};

// What a doctor sets on a reason; absent fields stay as they are (a new reason needs a name
// and a length). An inner nullopt price clears it.
struct VisitReasonChanges {
  std::optional<std::string> name;
  std::optional<int> duration_minutes;
  std::optional<std::optional<double>> price;
  std::optional<ConsultationMode> mode;
  std::optional<bool> new_patients;
  std::optional<std::string> instructions;
};

constexpr std::size_t kMaxVisitReasons = 30;
constexpr std::size_t kMaxVisitReasonName = 100;
constexpr std::size_t kMaxVisitReasonInstructions = 1000;

}  // namespace medimeet::doctors
