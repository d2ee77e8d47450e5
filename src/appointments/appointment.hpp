#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/postal_address.hpp"
#include "common/time.hpp"

namespace medimeet::appointments {

// The seed's statuses.
// noShow: the patient did not come (an addition to the seed's enum).
enum class Status { confirmed, canceled, completed, no_show };

std::string_view to_string(Status status);
std::optional<Status> status_from_string(std::string_view text);

// Where a consultation happens (an addition to the seed): at the practice, or by video.
enum class ConsultationMode { in_person, video };

std::string_view to_string(ConsultationMode mode);
std::optional<ConsultationMode> consultation_mode_from_string(std::string_view text);

// A document of the Appointments collection, with both parties' names (as the original app's
// populate() gave them) and what booking needs.
struct Appointment {
  std::string id;
  std::string patient_id;
  std::string doctor_id;
  std::string patient_name;
  std::string patient_phone;  // E.164: the practice calls the patient
  std::string doctor_name;
  TimePoint appointment_date;
  int duration_minutes = 30;
  // The doctor's visit reason it was booked for, its name as it was then (none for a doctor
  // without reasons), and where it happens.
  std::optional<std::string> reason_id;
  std::optional<std::string> reason_name;
  ConsultationMode mode = ConsultationMode::in_person;
  // How to reach the practice (the doctor's current details), for the patient who can no
  // longer cancel or move online, and for the calendar's LOCATION.
  std::optional<PostalAddress> practice_address;
  std::optional<std::string> practice_phone;
  std::optional<std::string> doctor_specialty;  // its code: the doctor's title follows it
  Status status = Status::confirmed;
  std::string notes;
  std::optional<std::string> cancel_reason;
  std::optional<std::string> canceled_by;  // "patient" or "doctor"
  int sequence = 0;
  TimePoint created_at;
  TimePoint updated_at;

  TimePoint end() const { return appointment_date + std::chrono::minutes(duration_minutes); }
};

}  // namespace medimeet::appointments
