#pragma once

#include <string>
#include <vector>

#include "common/time.hpp"

namespace medimeet::calendars {

// One appointment as a calendar app should show it.
struct CalendarEvent {
  std::string uid;            // stable per appointment, e.g. "<appointmentId>@medimeet"
  TimePoint start;            // UTC
  TimePoint end;
  std::string summary;        // "Consultation with Dr Hélène Durand"
  std::string description;    // free text (newlines, commas, semicolons); empty -> none
  std::string location;       // may be empty -> no LOCATION property
  bool canceled = false;      // -> STATUS:CANCELLED (else STATUS:CONFIRMED)
  TimePoint created;          // -> CREATED / DTSTAMP
  TimePoint last_modified;    // -> LAST-MODIFIED
  int sequence = 0;           // bumped on every change, so calendar apps replace the old copy
};

// A complete VCALENDAR (VERSION:2.0, PRODID:-//MediMeet//MediMeet//EN, CALSCALE:GREGORIAN,
// METHOD:PUBLISH, X-WR-CALNAME:<name>) with one VEVENT per event, times in UTC ("...Z") truncated
// to the second, built and serialised by libical so escaping (commas, semicolons, newlines) and
// line folding at 75 octets are right, lines ending in CRLF. Throws std::invalid_argument if an
// event has an empty uid, a negative sequence, a time outside the years 1-9999 or does not end
// after it starts, and std::runtime_error if libical fails. Safe to call from several threads.
std::string to_icalendar(const std::vector<CalendarEvent>& events,
                         const std::string& calendar_name);

}  // namespace medimeet::calendars
