#include "calendars/icalendar.hpp"

#include <libical/ical.h>

#include <chrono>
#include <ctime>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace medimeet::calendars {
namespace {

constexpr const char* kProductId = "-//MediMeet//MediMeet//EN";

struct ComponentFree {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

struct BufferFree {
  void operator()(char* buffer) const { icalmemory_free_buffer(buffer); }
};

[[noreturn]] void fail(const std::string& what) {
  throw std::runtime_error("libical could not " + what + ": " + icalerror_strerror(icalerrno));
}

Component new_component(icalcomponent* component, const char* what) {
  if (component == nullptr) fail(std::string("create ") + what);
  return Component(component);
}

// The parent takes ownership and frees the property with itself.
void add(icalcomponent* parent, icalproperty* property, const char* name) {
  if (property == nullptr) fail(std::string("create ") + name);
  icalcomponent_add_property(parent, property);
}

// libical 3.0 is not data-race free: its first call fills a global zone table behind an
// unsynchronised check (reading zone.tab), and every property list it creates bumps unguarded
// global counters (pvl.c). Holding this around all our libical calls makes concurrent callers safe;
// the work under it is a few microseconds per event.
std::mutex& libical_mutex() {
  static std::mutex mutex;
  return mutex;
}

icaltimezone* utc() {
  icaltimezone* zone = icaltimezone_get_utc_timezone();
  if (zone == nullptr) fail("load the UTC time zone");
  return zone;
}

icaltimetype to_ical_time(TimePoint instant, const char* name) {
  // DATE-TIME has no fractional seconds; floor keeps the instant at or before the real one.
  const auto seconds = std::chrono::floor<std::chrono::seconds>(instant).time_since_epoch().count();
  const icaltimetype time =
      icaltime_from_timet_with_zone(static_cast<std::time_t>(seconds), 0, utc());
  // Four-digit years are all DATE-TIME can write; gmtime failing comes back as the null time.
  if (icaltime_is_null_time(time) || time.year < 1 || time.year > 9999) {
    throw std::invalid_argument(std::string(name) + " is outside the years iCalendar can write");
  }
  return time;
}

void check(const CalendarEvent& event) {
  if (event.uid.empty()) throw std::invalid_argument("calendar event has an empty uid");
  // RFC 5545 requires DTEND to be later than DTSTART; clients drop or mangle events that aren't.
  if (event.end <= event.start) {
    throw std::invalid_argument("calendar event " + event.uid + " does not end after it starts");
  }
  if (event.sequence < 0) {
    throw std::invalid_argument("calendar event " + event.uid + " has a negative sequence");
  }
}

void add_event(icalcomponent* calendar, const CalendarEvent& event) {
  check(event);
  Component vevent = new_component(icalcomponent_new_vevent(), "a VEVENT");
  icalcomponent* e = vevent.get();
  add(e, icalproperty_new_uid(event.uid.c_str()), "UID");
  add(e, icalproperty_new_dtstamp(to_ical_time(event.created, "created")), "DTSTAMP");
  add(e, icalproperty_new_created(to_ical_time(event.created, "created")), "CREATED");
  add(e, icalproperty_new_lastmodified(to_ical_time(event.last_modified, "last_modified")),
      "LAST-MODIFIED");
  add(e, icalproperty_new_sequence(event.sequence), "SEQUENCE");
  add(e, icalproperty_new_dtstart(to_ical_time(event.start, "start")), "DTSTART");
  add(e, icalproperty_new_dtend(to_ical_time(event.end, "end")), "DTEND");
  add(e, icalproperty_new_summary(event.summary.c_str()), "SUMMARY");
  if (!event.description.empty()) {
    add(e, icalproperty_new_description(event.description.c_str()), "DESCRIPTION");
  }
  if (!event.location.empty()) {
    add(e, icalproperty_new_location(event.location.c_str()), "LOCATION");
  }
  add(e,
      icalproperty_new_status(event.canceled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED),
      "STATUS");
  icalcomponent_add_component(calendar, vevent.release());
}

}  // namespace

std::string to_icalendar(const std::vector<CalendarEvent>& events,
                         const std::string& calendar_name) {
  const std::lock_guard lock(libical_mutex());
  // icalerrno is per thread and sticky; clearing it keeps a stale code out of our messages.
  icalerror_clear_errno();

  Component calendar = new_component(icalcomponent_new_vcalendar(), "a VCALENDAR");
  icalcomponent* c = calendar.get();
  add(c, icalproperty_new_version("2.0"), "VERSION");
  add(c, icalproperty_new_prodid(kProductId), "PRODID");
  add(c, icalproperty_new_calscale("GREGORIAN"), "CALSCALE");
  add(c, icalproperty_new_method(ICAL_METHOD_PUBLISH), "METHOD");
  icalproperty* name = icalproperty_new_x(calendar_name.c_str());
  if (name == nullptr) fail("create X-WR-CALNAME");
  icalproperty_set_x_name(name, "X-WR-CALNAME");
  icalcomponent_add_property(c, name);

  for (const CalendarEvent& event : events) add_event(c, event);

  std::unique_ptr<char, BufferFree> text(icalcomponent_as_ical_string_r(c));
  if (text == nullptr) fail("serialise the calendar");
  return std::string(text.get());
}

}  // namespace medimeet::calendars
