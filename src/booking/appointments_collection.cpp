#include "booking/appointments_collection.hpp"

#include <algorithm>
#include <array>
#include <climits>

#include "accounts/users_collection.hpp"
#include "booking/booking_json.hpp"
#include "common/field_problems.hpp"
#include "common/json_output.hpp"
#include "common/text.hpp"
#include "doctors/doctors_collection.hpp"
#include "doctors/visit_reason.hpp"
#include "storage/query.hpp"

namespace medimeet::booking {
namespace {

using appointments::ConsultationMode;


// Who cancels: the patient, the doctor, or the system (a payment that did not come in time).
constexpr std::array<std::string_view, 3> kCancelers{"patient", "doctor", "system"};

boost::json::object to_document(const Appointment& appointment) {
  return {
      {"_id", appointment.id},
      {"patientId", appointment.patient_id},
      {"doctorId", appointment.doctor_id},
      {"appointmentDate", format_iso8601(appointment.appointment_date)},
      {"status", to_string(appointment.status)},
      {"notes", appointment.notes},
      {"durationMinutes", appointment.duration_minutes},
      {"mode", to_string(appointment.mode)},
      {"reasonId", nullable(appointment.reason_id)},
      {"reasonName", nullable(appointment.reason_name)},
      {"cancelReason", nullable(appointment.cancel_reason)},
      {"canceledBy", nullable(appointment.canceled_by)},
      {"sequence", appointment.sequence},
      {"createdAt", format_iso8601(appointment.created_at)},
      {"updatedAt", format_iso8601(appointment.updated_at)},
  };
}

}  // namespace

const ExtendedJsonShape& AppointmentsCollection::shape() const {
  static const ExtendedJsonShape shape{{"_id", "patientId", "doctorId", "reasonId"},
                                       {"appointmentDate", "createdAt", "updatedAt"}};
  return shape;
}

void AppointmentsCollection::export_documents(soci::session& sql, const kernel::DocumentWriter& write) const {
  storage::for_each_id(sql, "appointments", [&](const std::string& id) {
    if (auto appointment = booking_.find(sql, id)) write(to_document(*appointment));
  });
}

kernel::DocumentInsert AppointmentsCollection::import_document(JsonInput& document, kernel::ImportedIds& ids) {
  Appointment appointment;
  appointment.id = kernel::read_document_id(document, name(), ids);
  appointment.patient_id =
      kernel::read_reference(document, "patientId", accounts::users_with_role(access::Role::patient), ids);
  appointment.doctor_id =
      kernel::read_reference(document, "doctorId", accounts::users_with_role(access::Role::doctor), ids);
  const auto date = document.required_instant("appointmentDate", kernel::kInstantExample);
  if (date) appointment.appointment_date = *date;

  const auto status = document.required_string("status");
  if (auto known = appointments::status_from_string(status)) {
    appointment.status = *known;
  } else if (document.has("status")) {
    document.reject("status", problems::one_of("confirmed, canceled, completed, noShow",
                                               "must be confirmed, canceled, completed or noShow"));
  }
  appointment.notes = trim(document.optional_string("notes").value_or(""));
  if (utf8_length(appointment.notes) > kMaxNotes) document.reject("notes", problems::too_long(kMaxNotes));

  const auto duration =
      document.optional_integer("durationMinutes", doctors::kMinConsultationMinutes, doctors::kMaxConsultationMinutes);
  std::optional<ConsultationMode> mode;
  if (auto text = document.optional_string("mode")) {
    mode = appointments::consultation_mode_from_string(*text);
    if (!mode) document.reject("mode", problems::one_of("inPerson, video", "must be \"inPerson\" or \"video\""));
  }
  appointment.reason_id = kernel::read_optional_reference(document, "reasonId", doctors::kImportedVisitReasons, ids);
  appointment.reason_name = document.optional_text("reasonName", doctors::kMaxVisitReasonName);
  // A reason's name is the name of the reason reasonId names: never one without the other.
  if (appointment.reason_name && !document.has("reasonId")) document.reject("reasonId", problems::required());

  appointment.cancel_reason = document.optional_text("cancelReason", kMaxCancelReason);
  appointment.canceled_by = document.optional_string("canceledBy");
  if (appointment.canceled_by &&
      std::find(kCancelers.begin(), kCancelers.end(), *appointment.canceled_by) == kCancelers.end()) {
    document.reject("canceledBy", problems::one_of("patient, doctor, system"));
  }
  appointment.sequence = static_cast<int>(document.optional_integer("sequence", 0, INT_MAX).value_or(0));
  std::tie(appointment.created_at, appointment.updated_at) = kernel::read_timestamps(document, appointment.id);

  // The database refuses two live appointments of a doctor at one start (a unique index), and on
  // PostgreSQL a refused statement spoils the whole import: so the imported ones are compared here.
  if (date && !appointment.doctor_id.empty() && appointment.status != Status::canceled &&
      !ids.add("appointments.slot", appointment.doctor_id + "@" + std::to_string(to_epoch_ms(*date)))) {
    document.reject("appointmentDate", problems::not_a_free_slot());
  }

  return [this, appointment, duration, mode](storage::Transaction& sql) {
    auto stored = appointment;
    std::optional<doctors::VisitReason> reason;
    if (stored.reason_id) {
      // It was imported with a doctor, maybe not with this one.
      reason = doctors_.find_visit_reason(sql, stored.doctor_id, *stored.reason_id);
      if (!reason) throw AppError::field("reasonId", problems::unknown_visit_reason());
      if (!stored.reason_name) stored.reason_name = reason->name;
    }
    if (duration) {
      stored.duration_minutes = static_cast<int>(*duration);
    } else {
      stored.duration_minutes = reason ? reason->duration_minutes : doctors_.get(sql, stored.doctor_id).consultation_minutes;
    }
    stored.mode = mode.value_or(reason ? reason->mode : ConsultationMode::in_person);
    booking_.import_appointment(sql, stored);
  };
}

}  // namespace medimeet::booking
