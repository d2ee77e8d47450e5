#include "booking/booking_json.hpp"

#include "common/field_problems.hpp"
#include "common/json_input.hpp"
#include "common/json_output.hpp"
#include "common/object_id.hpp"
#include "common/query_parameters.hpp"
#include "common/search_text.hpp"
#include "common/text.hpp"
#include "doctors/specialties.hpp"

namespace medimeet::booking {
namespace {

constexpr std::string_view kExampleInstant = "2026-12-01T08:00:00.000Z";

// appointmentDate, notes and reasonId, as a patient and a practice send them.
void read_booking_fields(JsonInput& input, BookingRequest& request) {
  if (auto date = input.required_instant("appointmentDate", kExampleInstant)) request.appointment_date = *date;
  request.notes = trim(input.optional_string("notes").value_or(""));
  request.reason_id = input.optional_string("reasonId");
  if (request.reason_id && !is_object_id(*request.reason_id)) input.reject("reasonId", problems::not_an_id());
  if (utf8_length(request.notes) > kMaxNotes) {
    input.reject("notes", problems::too_long(kMaxNotes));
  }
  if (auto mode = input.optional_string("mode")) {
    request.mode = appointments::consultation_mode_from_string(*mode);
    if (!request.mode) input.reject("mode", problems::one_of("inPerson, video", "must be \"inPerson\" or \"video\""));
  }
}

}  // namespace

boost::json::object appointment_to_json(const Appointment& appointment, const BookingPolicy& policy) {
  return {
      {"_id", appointment.id},
      {"patientId", appointment.patient_id},
      {"doctorId", appointment.doctor_id},
      {"patientName", appointment.patient_name},
      {"patientPhone", appointment.patient_phone},
      {"doctorName", appointment.doctor_name},
      {"doctorTitle", doctors::carries_doctor_title(appointment.doctor_specialty) ? boost::json::value("Dr") : boost::json::value(nullptr)},
      {"appointmentDate", format_iso8601(appointment.appointment_date)},
      {"endDate", format_iso8601(appointment.end())},
      {"durationMinutes", appointment.duration_minutes},
      {"reasonId", nullable(appointment.reason_id)},
      {"reasonName", nullable(appointment.reason_name)},
      {"mode", to_string(appointment.mode)},
      {"changeableUntil",
       format_iso8601(appointment.appointment_date -
                      std::chrono::duration_cast<TimePoint::duration>(policy.change_notice))},
      {"practiceAddress", nullable(appointment.practice_address)},
      {"practicePhone", nullable(appointment.practice_phone)},
      {"status", to_string(appointment.status)},
      {"notes", appointment.notes},
      {"cancelReason", nullable(appointment.cancel_reason)},
      {"canceledBy", nullable(appointment.canceled_by)},
      {"createdAt", format_iso8601(appointment.created_at)},
      {"updatedAt", format_iso8601(appointment.updated_at)},
  };
}

boost::json::object policy_to_json(const BookingPolicy& policy) {
  return {{"minimumNoticeMinutes", policy.minimum_notice.count()},
          {"changeNoticeMinutes", std::chrono::duration_cast<std::chrono::minutes>(policy.change_notice).count()}};
}

BookingRequest parse_booking(std::string_view body) {
  auto input = JsonInput::parse(body);
  BookingRequest request;
  request.doctor_id = input.required_string("doctorId");
  if (input.ok() && !is_object_id(request.doctor_id)) input.reject("doctorId", problems::not_an_id());
  read_booking_fields(input, request);
  input.finish();
  return request;
}

PracticeBookingRequest parse_practice_booking(std::string_view body) {
  auto input = JsonInput::parse(body);
  PracticeBookingRequest request;
  read_booking_fields(input, request.booking);
  request.patient_id = input.optional_string("patientId");
  if (request.patient_id && !is_object_id(*request.patient_id)) input.reject("patientId", problems::not_an_id());
  if (auto patient = input.optional_object("patient")) {
    JsonInput fields(std::move(*patient), input.path("patient"));
    accounts::Registration registration;
    registration.name = fields.required_string("name");
    registration.email = fields.required_string("email");
    registration.phone = fields.required_string("phone");
    registration.language = fields.optional_string("language");
    input.absorb(fields);
    request.new_patient = std::move(registration);
  }
  if (request.patient_id.has_value() == request.new_patient.has_value()) {
    input.reject("patientId", problems::required());  // one of patientId and patient, not both
  }
  input.finish();
  return request;
}

TimePoint parse_reschedule(std::string_view body) {
  auto input = JsonInput::parse(body);
  auto date = input.required_instant("appointmentDate", kExampleInstant);
  input.finish();
  return *date;
}

std::string parse_cancellation(std::string_view body) {
  if (trim(body).empty()) return {};
  auto input = JsonInput::parse(body);
  auto reason = trim(input.optional_string("reason").value_or(""));
  if (utf8_length(reason) > kMaxCancelReason) {
    input.reject("reason", problems::too_long(kMaxCancelReason));
  }
  input.finish();
  return reason;
}

AppointmentQuery parse_appointment_query(const std::map<std::string, std::string>& query) {
  QueryParameters parameters(query);
  AppointmentQuery result;
  if (auto status = parameters.text("status")) {
    result.filter.status = appointments::status_from_string(*status);
    if (!result.filter.status) parameters.reject("status", problems::one_of("confirmed, canceled, completed, noShow", "must be confirmed, canceled, completed or noShow"));
  }
  for (const char* name : {"from", "to"}) {
    if (auto text = parameters.text(name)) {
      auto instant = parse_date_or_instant(*text);
      if (!instant) parameters.reject(name, problems::not_a_date_or_instant());
      (std::string_view(name) == "from" ? result.filter.from : result.filter.to) = instant;
    }
  }
  result.paging = parameters.page_request(BookingService::kMaxPageSize);
  parameters.finish();
  return result;
}

PatientQuery parse_patient_query(const std::map<std::string, std::string>& query) {
  QueryParameters parameters(query);
  PatientQuery result;
  if (auto q = parameters.text("q")) {
    auto term = fold_for_search(trim(*q));
    if (utf8_length(term) > 200) parameters.reject("q", problems::too_long(200));
    else if (!term.empty()) result.term = std::move(term);
  }
  result.paging = parameters.page_request(BookingService::kMaxPageSize);
  parameters.finish();
  return result;
}

boost::json::object patient_of_doctor_to_json(const appointments::PatientOfDoctor& patient) {
  return {{"_id", patient.id},
          {"name", patient.name},
          {"email", patient.email},
          {"phone", patient.phone},
          {"dateOfBirth", nullable(patient.date_of_birth)},
          {"appointmentCount", patient.appointments},
          {"lastAppointmentDate", format_iso8601(patient.last_appointment)},
          {"lastVisit", nullable(patient.last_visit)},
          {"nextAppointment", nullable(patient.next_appointment)}};
}

}  // namespace medimeet::booking
