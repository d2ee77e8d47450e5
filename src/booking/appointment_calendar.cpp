#include "booking/appointment_calendar.hpp"

#include <soci/soci.h>

#include "calendars/icalendar.hpp"
#include "common/error.hpp"
#include "i18n/message_catalogue.hpp"
#include "security/tokens.hpp"
#include "storage/kept_statements.hpp"

namespace medimeet::booking {
namespace {

// How far back a feed goes; calendar apps keep what they already have.
constexpr auto kFeedHistory = std::chrono::days(180);

calendars::CalendarEvent event_for(const Appointment& appointment, const access::Caller& viewer,
                                   i18n::Language language) {
  const bool as_patient = viewer.user_id == appointment.patient_id;
  const auto& counterpart = as_patient ? appointment.doctor_name : appointment.patient_name;
  calendars::CalendarEvent event;
  event.uid = appointment.id + "@medimeet";
  event.start = appointment.appointment_date;
  event.end = appointment.end();
  event.summary = appointment.reason_name
                      ? i18n::text(language, i18n::Message::calendar_event_summary_with_reason,
                                   {{"reason", *appointment.reason_name}, {"name", counterpart}})
                      : i18n::text(language, i18n::Message::calendar_event_summary, {{"name", counterpart}});
  event.description = appointment.notes;
  if (appointment.mode == appointments::ConsultationMode::in_person && appointment.practice_address) {
    event.location = one_line(*appointment.practice_address);
  }
  event.canceled = appointment.status == Status::canceled;
  event.created = appointment.created_at;
  event.last_modified = appointment.updated_at;
  event.sequence = appointment.sequence;
  return event;
}

}  // namespace

AppointmentCalendar::AppointmentCalendar(storage::Database& database, const Clock& clock,
                                         const accounts::AccountService& accounts, BookingService& booking,
                                         std::string public_url)
    : database_(database), clock_(clock), accounts_(accounts), booking_(booking), public_url_(std::move(public_url)) {}

i18n::Language AppointmentCalendar::language_of(const std::string& user_id) {
  return database_.read([&](soci::session& sql) {
    const auto user = accounts_.find_user(sql, user_id);
    return user ? user->language : i18n::Language::en;
  });
}

std::string AppointmentCalendar::appointment_file(const access::Caller& caller,
                                                  const std::string& appointment_id) {
  const auto appointment = booking_.get(caller, appointment_id);
  return calendars::to_icalendar({event_for(appointment, caller, language_of(caller.user_id))}, "MediMeet");
}

std::string AppointmentCalendar::rotate_feed(const access::Caller& caller) {
  const auto secret = security::random_token();
  const auto hash = security::hash_token(secret);
  const long long now = to_epoch_ms(clock_.now());
  database_.write([&](soci::session& sql) {
    storage::run(sql, "DELETE FROM calendar_feeds WHERE user_id = :u", soci::use(caller.user_id));
    storage::run(sql, "INSERT INTO calendar_feeds (user_id, secret_hash, created_at) VALUES (:u, :h, :c)",
                 soci::use(caller.user_id), soci::use(hash), soci::use(now));
  });
  return public_url_ + "/api/v1/calendar/feed/" + secret + ".ics";
}

std::string AppointmentCalendar::feed(const std::string& secret) {
  if (secret.empty() || secret.size() > 256) throw AppError::not_found("The calendar feed");
  const auto hash = security::hash_token(secret);
  auto user_id = database_.read([&](soci::session& sql) -> std::optional<std::string> {
    std::string id;
    const bool found = storage::run(sql, "SELECT user_id FROM calendar_feeds WHERE secret_hash = :h",
                                    soci::use(hash), soci::into(id));
    if (!found) return std::nullopt;
    return id;
  });
  if (!user_id) throw AppError::not_found("The calendar feed");
  access::Caller owner;
  owner.user_id = *user_id;
  AppointmentFilter filter;
  filter.from = clock_.now() - kFeedHistory;
  // The feed lists what the owner's role sees; the doctor's or the patient's side of each.
  const auto language = language_of(owner.user_id);
  std::vector<calendars::CalendarEvent> events;
  for (auto role : {access::Role::patient, access::Role::doctor}) {
    owner.role = role;
    for (PageRequest paging{1, BookingService::kMaxPageSize};; ++paging.page) {
      auto result = booking_.list(owner, filter, paging);
      for (const auto& appointment : result.appointments) events.push_back(event_for(appointment, owner, language));
      if (paging.offset() + paging.limit >= result.total) break;
    }
  }
  return calendars::to_icalendar(events, "MediMeet");
}

}  // namespace medimeet::booking
