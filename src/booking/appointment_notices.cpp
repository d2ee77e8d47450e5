#include "booking/appointment_notices.hpp"

#include "common/time_zone.hpp"
#include "i18n/local_time.hpp"
#include "i18n/message_catalogue.hpp"

namespace medimeet::booking {
namespace {

using appointments::Appointment;
using i18n::Message;
using notifications::Notice;
using notifications::NotificationType;

// The patient manages the appointment from its page; the doctor finds it on the agenda's day.
notifications::NoticeLink patient_link(i18n::Language language, const Appointment& appointment) {
  return {i18n::text(language, Message::manage_appointment_action), "/appointments/" + appointment.id};
}

notifications::NoticeLink doctor_link(i18n::Language language, const Appointment& appointment,
                                      const date::time_zone& zone) {
  const auto day = date::floor<date::days>(zone.to_local(appointment.appointment_date));
  return {i18n::text(language, Message::open_agenda_action), "/practice?day=" + date::format("%F", day)};
}

}  // namespace

AppointmentNotices::AppointmentNotices(const accounts::AccountService& accounts,
                                       const doctors::DoctorService& doctors,
                                       const notifications::NotificationService& notifications,
                                       std::chrono::seconds change_notice)
    : accounts_(accounts), doctors_(doctors), notifications_(notifications), change_notice_(change_notice) {}

void AppointmentNotices::subscribe(events::EventBus& events) const {
  events.subscribe<AppointmentBooked>([this](storage::Transaction& sql, const AppointmentBooked& event) {
    booked(sql, event.appointment, event.doctor, false);
  });
  events.subscribe<AppointmentRescheduled>(
      [this](storage::Transaction& sql, const AppointmentRescheduled& event) { booked(sql, event.appointment, event.doctor, true); });
  events.subscribe<AppointmentCanceled>(
      [this](storage::Transaction& sql, const AppointmentCanceled& event) { canceled(sql, event.appointment, event.doctor); });
}

std::string AppointmentNotices::local_time(i18n::Language language, const doctors::Doctor& doctor,
                                           const Appointment& appointment) const {
  return i18n::describe_local_time(language, appointment.appointment_date, time_zone_or_utc(doctor.timezone));
}

std::vector<std::string> AppointmentNotices::details(soci::session& sql, i18n::Language language,
                                                     const Appointment& appointment, const doctors::Doctor& doctor,
                                                     bool for_patient) const {
  std::vector<std::string> paragraphs;
  if (appointment.reason_name) {
    paragraphs.push_back(i18n::text(language, Message::visit_reason_detail, {{"reason", *appointment.reason_name}}));
  }
  if (!for_patient) return paragraphs;
  if (appointment.reason_id) {
    const auto reason = doctors_.find_visit_reason(sql, appointment.doctor_id, *appointment.reason_id);
    if (reason && !reason->instructions.empty()) {
      paragraphs.push_back(
          i18n::text(language, Message::visit_instructions_detail, {{"instructions", reason->instructions}}));
    }
  }
  if (appointment.mode == appointments::ConsultationMode::in_person && doctor.address) {
    paragraphs.push_back(i18n::text(language, Message::practice_address_detail, {{"address", one_line(*doctor.address)}}));
    if (doctor.access_notes) {
      paragraphs.push_back(i18n::text(language, Message::practice_access_detail, {{"notes", *doctor.access_notes}}));
    }
  }
  if (doctor.phone) paragraphs.push_back(i18n::text(language, Message::practice_phone_detail, {{"phone", *doctor.phone}}));
  const auto deadline = appointment.appointment_date - std::chrono::duration_cast<TimePoint::duration>(change_notice_);
  paragraphs.push_back(i18n::text(language, Message::change_deadline_detail,
                                  {{"when", i18n::describe_local_time(language, deadline, time_zone_or_utc(doctor.timezone))}}));
  return paragraphs;
}

void AppointmentNotices::booked(storage::Transaction& sql, const Appointment& appointment,
                                const doctors::Doctor& doctor, bool moved) const {
  const auto type = moved ? NotificationType::appointment_rescheduled : NotificationType::appointment_confirmation;
  const auto patient = accounts_.notice_recipient(sql, appointment.patient_id);
  const auto doctor_name = doctors::titled_name(doctor);
  const auto patient_when = local_time(patient.language, doctor, appointment);
  notifications_.notify(
      sql, patient,
      Notice{type,
             i18n::text(patient.language, moved ? Message::moved_patient_subject : Message::booked_patient_subject),
             i18n::text(patient.language, moved ? Message::moved_patient_message : Message::booked_patient_message,
                        {{"doctor", doctor_name}, {"when", patient_when}}),
             details(sql, patient.language, appointment, doctor, true),
             patient_link(patient.language, appointment),
             appointment.id});

  const auto practitioner = accounts_.notice_recipient(sql, appointment.doctor_id);
  const auto doctor_when = local_time(practitioner.language, doctor, appointment);
  notifications_.notify(
      sql, practitioner,
      Notice{type,
             i18n::text(practitioner.language, moved ? Message::moved_doctor_subject : Message::booked_doctor_subject),
             i18n::text(practitioner.language, moved ? Message::moved_doctor_message : Message::booked_doctor_message,
                        {{"patient", appointment.patient_name}, {"when", doctor_when}}),
             details(sql, practitioner.language, appointment, doctor, false),
             doctor_link(practitioner.language, appointment, time_zone_or_utc(doctor.timezone)),
             appointment.id});
}

void AppointmentNotices::canceled(storage::Transaction& sql, const Appointment& appointment,
                                  const doctors::Doctor& doctor) const {
  if (appointment.canceled_by == "system") {
    canceled_unpaid(sql, appointment, doctor);
    return;
  }
  // The side that canceled knows; the other is told.
  const bool by_patient = appointment.canceled_by == "patient";
  const auto told = accounts_.notice_recipient(sql, by_patient ? appointment.doctor_id : appointment.patient_id);
  const auto language = told.language;
  Notice notice;
  notice.type = NotificationType::appointment_cancellation;
  notice.appointment_id = appointment.id;
  const auto when = local_time(language, doctor, appointment);
  if (by_patient) {
    notice.subject = i18n::text(language, Message::canceled_by_patient_subject);
    notice.message = i18n::text(language, Message::canceled_by_patient_message,
                                {{"patient", appointment.patient_name}, {"when", when}});
    notice.link = doctor_link(language, appointment, time_zone_or_utc(doctor.timezone));
  } else {
    notice.subject = i18n::text(language, Message::canceled_by_doctor_subject);
    notice.message = i18n::text(language, Message::canceled_by_doctor_message,
                                {{"doctor", doctors::titled_name(doctor)}, {"when", when}});
    notice.link = patient_link(language, appointment);
  }
  notice.details = details(sql, language, appointment, doctor, false);
  if (appointment.cancel_reason) {
    notice.message += " " + i18n::text(language, Message::cancel_reason, {{"reason", *appointment.cancel_reason}});
  }
  notifications_.notify(sql, told, notice);
}

void AppointmentNotices::canceled_unpaid(storage::Transaction& sql, const Appointment& appointment,
                                         const doctors::Doctor& doctor) const {
  const auto patient = accounts_.notice_recipient(sql, appointment.patient_id);
  notifications_.notify(
      sql, patient,
      Notice{NotificationType::appointment_cancellation, i18n::text(patient.language, Message::canceled_by_doctor_subject),
             i18n::text(patient.language, Message::canceled_unpaid_patient_message,
                        {{"doctor", doctors::titled_name(doctor)}, {"when", local_time(patient.language, doctor, appointment)}}),
             details(sql, patient.language, appointment, doctor, false), std::nullopt, appointment.id});
  const auto practitioner = accounts_.notice_recipient(sql, appointment.doctor_id);
  notifications_.notify(
      sql, practitioner,
      Notice{NotificationType::appointment_cancellation,
             i18n::text(practitioner.language, Message::canceled_by_patient_subject),
             i18n::text(practitioner.language, Message::canceled_unpaid_doctor_message,
                        {{"patient", appointment.patient_name},
                         {"when", local_time(practitioner.language, doctor, appointment)}}),
             details(sql, practitioner.language, appointment, doctor, false),
             doctor_link(practitioner.language, appointment, time_zone_or_utc(doctor.timezone)), appointment.id});
}

void AppointmentNotices::remind(storage::Transaction& sql, const Appointment& appointment) const {
  const auto doctor = doctors_.get(sql, appointment.doctor_id);
  const auto patient = accounts_.notice_recipient(sql, appointment.patient_id);
  notifications_.notify(
      sql, patient,
      Notice{NotificationType::appointment_reminder, i18n::text(patient.language, Message::reminder_subject),
             i18n::text(patient.language, Message::reminder_message,
                        {{"doctor", doctors::titled_name(doctor)},
                         {"when", local_time(patient.language, doctor, appointment)}}),
             details(sql, patient.language, appointment, doctor, true),
             patient_link(patient.language, appointment),
             appointment.id});
}

}  // namespace medimeet::booking
