#include "teleconsultations/teleconsultation_notices.hpp"

#include "common/time_zone.hpp"
#include "i18n/local_time.hpp"
#include "i18n/message_catalogue.hpp"

namespace medimeet::teleconsultations {
namespace {

using i18n::Message;
using notifications::Notice;
using notifications::NotificationType;

// Both parties read and download the consultation's papers from its room page.
notifications::NoticeLink consultation_link(i18n::Language language, const std::string& teleconsultation_id) {
  return {i18n::text(language, Message::open_consultation_action), "/visit/" + teleconsultation_id};
}

}  // namespace

TeleconsultationNotices::TeleconsultationNotices(const accounts::AccountService& accounts,
                                                 const doctors::DoctorService& doctors,
                                                 const notifications::NotificationService& notifications)
    : accounts_(accounts), doctors_(doctors), notifications_(notifications) {}

void TeleconsultationNotices::subscribe(events::EventBus& events) const {
  events.subscribe<PrescriptionWritten>(
      [this](storage::Transaction& sql, const PrescriptionWritten& event) { prescribed(sql, event); });
  events.subscribe<DocumentAdded>(
      [this](storage::Transaction& sql, const DocumentAdded& event) { document_added(sql, event); });
}

void TeleconsultationNotices::prescribed(storage::Transaction& sql, const PrescriptionWritten& event) const {
  const auto& appointment = event.appointment;
  const auto doctor = doctors_.get(sql, appointment.doctor_id);
  const auto patient = accounts_.notice_recipient(sql, appointment.patient_id);
  const auto language = patient.language;
  const auto when =
      i18n::describe_local_time(language, appointment.appointment_date, time_zone_or_utc(doctor.timezone));
  notifications_.notify(
      sql, patient,
      Notice{event.rewritten ? NotificationType::prescription_updated : NotificationType::prescription_issued,
             i18n::text(language,
                        event.rewritten ? Message::prescription_updated_subject : Message::prescription_issued_subject),
             i18n::text(language,
                        event.rewritten ? Message::prescription_updated_message : Message::prescription_issued_message,
                        {{"doctor", doctors::titled_name(doctor)}, {"when", when}}),
             {i18n::text(language, Message::consultation_papers_privacy_detail)},
             consultation_link(language, event.teleconsultation_id),
             appointment.id});
}

void TeleconsultationNotices::document_added(storage::Transaction& sql, const DocumentAdded& event) const {
  const auto& appointment = event.appointment;
  const auto doctor = doctors_.get(sql, appointment.doctor_id);
  const bool by_doctor = event.added_by == appointment.doctor_id;
  const auto told = accounts_.notice_recipient(sql, by_doctor ? appointment.patient_id : appointment.doctor_id);
  const auto language = told.language;
  const auto when =
      i18n::describe_local_time(language, appointment.appointment_date, time_zone_or_utc(doctor.timezone));
  notifications_.notify(
      sql, told,
      Notice{NotificationType::document_added, i18n::text(language, Message::document_added_subject),
             i18n::text(language, Message::document_added_message,
                        {{"name", by_doctor ? doctors::titled_name(doctor) : appointment.patient_name}, {"when", when}}),
             {i18n::text(language, Message::consultation_papers_privacy_detail)},
             consultation_link(language, event.teleconsultation_id),
             appointment.id});
}

}  // namespace medimeet::teleconsultations
