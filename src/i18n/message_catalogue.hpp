#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "i18n/language.hpp"

namespace medimeet::i18n {

// Every sentence the server writes to a person (notifications, emails, SMS, calendar events),
// each in English and French, in one table (message_catalogue.cpp). A text may hold
// placeholders such as {doctor}, filled by `text`.
enum class Message {
  email_greeting,
  email_signature,
  email_link_fallback,

  verify_email_subject,
  verify_email_body,
  verify_email_action,
  verify_email_ignore,
  reset_password_subject,
  reset_password_body,
  reset_password_action,
  reset_password_ignore,
  invitation_subject,
  invitation_body,
  invitation_action,
  invitation_ignore,
  phone_code_sms,

  booked_patient_subject,
  booked_patient_message,
  booked_doctor_subject,
  booked_doctor_message,
  moved_patient_subject,
  moved_patient_message,
  moved_doctor_subject,
  moved_doctor_message,
  canceled_by_patient_subject,
  canceled_by_patient_message,
  canceled_by_doctor_subject,
  canceled_by_doctor_message,
  canceled_unpaid_patient_message,
  canceled_unpaid_doctor_message,
  cancel_reason,
  visit_reason_detail,
  visit_instructions_detail,
  practice_address_detail,
  practice_access_detail,
  practice_phone_detail,
  change_deadline_detail,
  reminder_subject,
  reminder_message,
  manage_appointment_action,
  open_agenda_action,
  calendar_event_summary,
  calendar_event_summary_with_reason,

  message_alert_subject,
  message_alert_body,
  message_alert_action,

  prescription_issued_subject,
  prescription_issued_message,
  prescription_updated_subject,
  prescription_updated_message,
  document_added_subject,
  document_added_message,
  consultation_papers_privacy_detail,
  open_consultation_action,

  count_  // not a message: how many there are
};

struct Placeholder {
  std::string_view name;  // without braces
  std::string_view value;
};

// `message` in `language`, each {name} replaced by its value. Values are inserted as they are
// (never scanned for placeholders themselves). Throws std::logic_error for a placeholder the
// text has but `values` lacks: a programming error every test of the message would show.
std::string text(Language language, Message message, std::initializer_list<Placeholder> values = {});

// The raw text, placeholders unfilled (for the catalogue's own tests).
std::string_view raw_text(Language language, Message message);

}  // namespace medimeet::i18n
