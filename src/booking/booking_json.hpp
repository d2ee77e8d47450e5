#pragma once

#include <boost/json/object.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "booking/booking_service.hpp"
#include "common/paging.hpp"

namespace medimeet::booking {

// The longest notes of a booking and reason of a cancellation, in characters.
constexpr std::size_t kMaxNotes = 1000;
constexpr std::size_t kMaxCancelReason = 500;

// The Appointments document as the API returns it, with both parties' names, the practice's
// contact, and until when the patient can cancel or move it online under `policy`.
boost::json::object appointment_to_json(const Appointment& appointment, const BookingPolicy& policy);
boost::json::object policy_to_json(const BookingPolicy& policy);

// POST /api/v1/appointments {doctorId, appointmentDate, notes}.
BookingRequest parse_booking(std::string_view body);
// POST /api/v1/doctors/me/appointments {appointmentDate, notes, reasonId, and patientId or
// patient {name, email, phone, language}}; 400 naming each bad field.
PracticeBookingRequest parse_practice_booking(std::string_view body);
// {appointmentDate} of a reschedule.
TimePoint parse_reschedule(std::string_view body);
// {reason} of a cancellation (optional; the body itself may be empty).
std::string parse_cancellation(std::string_view body);
// The query of GET /api/v1/appointments: status, from, to (instants or dates), page, limit.
struct AppointmentQuery {
  AppointmentFilter filter;
  PageRequest paging;
};
AppointmentQuery parse_appointment_query(const std::map<std::string, std::string>& query);
// The query of GET /api/v1/doctors/me/patients: q (folded for search), page, limit.
struct PatientQuery {
  std::optional<std::string> term;
  PageRequest paging;
};
PatientQuery parse_patient_query(const std::map<std::string, std::string>& query);
boost::json::object patient_of_doctor_to_json(const appointments::PatientOfDoctor& patient);

}  // namespace medimeet::booking
