#include "calendars/icalendar.hpp"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace medimeet::calendars {
namespace {

struct ComponentFree {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

TimePoint at(const char* iso8601) {
  return parse_iso8601(iso8601).value();
}

Component parse(const std::string& text) {
  Component calendar(icalparser_parse_string(text.c_str()));
  EXPECT_NE(calendar, nullptr) << text;
  if (calendar) {
    EXPECT_EQ(icalcomponent_isa(calendar.get()), ICAL_VCALENDAR_COMPONENT);
  }
  return calendar;
}

std::vector<icalcomponent*> events_of(icalcomponent* calendar) {
  std::vector<icalcomponent*> events;
  for (auto* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
       event != nullptr;
       event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    events.push_back(event);
  }
  return events;
}

// The property's value as written on the wire, e.g. "20261201T080000Z".
std::string wire_value(icalcomponent* component, icalproperty_kind kind) {
  icalproperty* property = icalcomponent_get_first_property(component, kind);
  if (property == nullptr) return "(missing)";
  return icalproperty_get_value_as_string(property);
}

// Content lines without their CRLF; a line break that isn't CRLF fails the test.
std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> lines;
  while (!text.empty()) {
    const auto end = text.find("\r\n");
    if (end == std::string_view::npos) {
      ADD_FAILURE() << "text does not end in CRLF";
      break;
    }
    lines.emplace_back(text.substr(0, end));
    EXPECT_EQ(lines.back().find_first_of("\r\n"), std::string::npos) << lines.back();
    text.remove_prefix(end + 2);
  }
  return lines;
}

CalendarEvent consultation() {
  CalendarEvent event;
  event.uid = "65f0c0ffee0000000000000a@medimeet";
  event.start = at("2026-12-01T08:00:00Z");
  event.end = at("2026-12-01T08:30:00Z");
  event.summary = "Consultation with Dr Hélène Durand";
  event.description = "a, b; c\nd";
  event.location = "12 rue de la Paix, 75002 Paris";
  event.created = at("2026-11-20T10:15:00Z");
  event.last_modified = at("2026-11-21T11:45:30Z");
  event.sequence = 2;
  return event;
}

CalendarEvent canceled_follow_up() {
  CalendarEvent event;
  event.uid = "65f0c0ffee0000000000000b@medimeet";
  event.start = at("2026-12-03T14:15:00Z");
  event.end = at("2026-12-03T14:45:00Z");
  event.summary = "Suivi avec Dr François Lefèvre";
  event.description = "Téléconsultation";
  event.canceled = true;
  event.created = at("2026-11-22T09:00:00Z");
  event.last_modified = at("2026-11-25T16:00:00Z");
  event.sequence = 5;
  return event;
}

TEST(ICalendar, EventsRoundTripThroughLibical) {
  const std::string text = to_icalendar({consultation(), canceled_follow_up()}, "MediMeet");
  auto calendar = parse(text);
  ASSERT_NE(calendar, nullptr);
  auto events = events_of(calendar.get());
  ASSERT_EQ(events.size(), 2u);

  icalcomponent* first = events[0];
  EXPECT_STREQ(icalcomponent_get_uid(first), "65f0c0ffee0000000000000a@medimeet");
  const icaltimetype start = icalcomponent_get_dtstart(first);
  EXPECT_TRUE(icaltime_is_utc(start));
  EXPECT_EQ(icaltime_as_timet(start), 1'796'112'000);  // 2026-12-01T08:00:00Z
  EXPECT_EQ(wire_value(first, ICAL_DTSTART_PROPERTY), "20261201T080000Z");
  EXPECT_EQ(wire_value(first, ICAL_DTEND_PROPERTY), "20261201T083000Z");
  EXPECT_EQ(wire_value(first, ICAL_DTSTAMP_PROPERTY), "20261120T101500Z");
  EXPECT_EQ(wire_value(first, ICAL_CREATED_PROPERTY), "20261120T101500Z");
  EXPECT_EQ(wire_value(first, ICAL_LASTMODIFIED_PROPERTY), "20261121T114530Z");
  EXPECT_STREQ(icalcomponent_get_summary(first), "Consultation with Dr Hélène Durand");
  EXPECT_STREQ(icalcomponent_get_description(first), "a, b; c\nd");
  EXPECT_STREQ(icalcomponent_get_location(first), "12 rue de la Paix, 75002 Paris");
  EXPECT_EQ(icalcomponent_get_status(first), ICAL_STATUS_CONFIRMED);
  EXPECT_EQ(icalcomponent_get_sequence(first), 2);

  icalcomponent* second = events[1];
  EXPECT_STREQ(icalcomponent_get_uid(second), "65f0c0ffee0000000000000b@medimeet");
  EXPECT_EQ(wire_value(second, ICAL_DTSTART_PROPERTY), "20261203T141500Z");
  EXPECT_EQ(wire_value(second, ICAL_DTEND_PROPERTY), "20261203T144500Z");
  EXPECT_STREQ(icalcomponent_get_summary(second), "Suivi avec Dr François Lefèvre");
  EXPECT_EQ(icalcomponent_get_status(second), ICAL_STATUS_CANCELLED);
  EXPECT_EQ(icalcomponent_get_sequence(second), 5);
  EXPECT_EQ(icalcomponent_get_first_property(second, ICAL_LOCATION_PROPERTY), nullptr);
  EXPECT_EQ(text.find("LOCATION:", text.find("UID:65f0c0ffee0000000000000b")), std::string::npos);
}

TEST(ICalendar, WritesTheCalendarHeader) {
  const std::string text = to_icalendar({consultation()}, "Agenda de Hélène, cabinet; Paris");
  EXPECT_EQ(text.rfind("BEGIN:VCALENDAR\r\n", 0), 0u) << text;
  for (const char* line : {"VERSION:2.0\r\n", "PRODID:-//MediMeet//MediMeet//EN\r\n",
                           "CALSCALE:GREGORIAN\r\n", "METHOD:PUBLISH\r\n"}) {
    EXPECT_NE(text.find(line), std::string::npos) << line;
  }
  EXPECT_TRUE(text.ends_with("END:VCALENDAR\r\n"));

  auto calendar = parse(text);
  ASSERT_NE(calendar, nullptr);
  EXPECT_EQ(icalcomponent_get_method(calendar.get()), ICAL_METHOD_PUBLISH);
  icalproperty* name = icalcomponent_get_first_property(calendar.get(), ICAL_X_PROPERTY);
  ASSERT_NE(name, nullptr);
  EXPECT_STREQ(icalproperty_get_x_name(name), "X-WR-CALNAME");
  EXPECT_STREQ(icalproperty_get_x(name), "Agenda de Hélène, cabinet; Paris");
}

TEST(ICalendar, EscapesTextSoItStaysInsideItsProperty) {
  CalendarEvent event = consultation();
  event.summary = "Dr X\nEND:VEVENT\nBEGIN:VEVENT\nUID:forged";
  const std::string text = to_icalendar({event}, "Name\r\nBEGIN:VEVENT");
  EXPECT_NE(text.find("DESCRIPTION:a\\, b\\; c\\nd\r\n"), std::string::npos) << text;

  auto calendar = parse(text);
  ASSERT_NE(calendar, nullptr);
  auto events = events_of(calendar.get());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_STREQ(icalcomponent_get_summary(events[0]), event.summary.c_str());
  EXPECT_STREQ(icalcomponent_get_uid(events[0]), event.uid.c_str());
}

TEST(ICalendar, FoldsLongLinesAt75OctetsWithCrlf) {
  CalendarEvent event = consultation();
  event.description.clear();
  // 12 x 25 characters: 300, with multi-byte letters and escapes for the folding to step around.
  for (int i = 0; i < 12; ++i) event.description += "Bilan cardiaque, ECG; é. ";
  event.description += "fin";
  const std::string text = to_icalendar({event}, "MediMeet");

  const auto lines = lines_of(text);
  bool folded = false;
  for (const std::string& line : lines) {
    EXPECT_LE(line.size(), 75u) << line;
    if (line.starts_with(' ')) {
      folded = true;
      // A fold inside a multi-byte character would leave a UTF-8 continuation byte here.
      ASSERT_GT(line.size(), 1u);
      EXPECT_NE(static_cast<unsigned char>(line[1]) & 0xC0, 0x80) << line;
    }
  }
  EXPECT_TRUE(folded) << text;

  auto calendar = parse(text);
  ASSERT_NE(calendar, nullptr);
  auto events = events_of(calendar.get());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(std::string(icalcomponent_get_description(events[0])), event.description);
}

TEST(ICalendar, EmptyListGivesACalendarWithoutEvents) {
  const std::string text = to_icalendar({}, "MediMeet");
  EXPECT_EQ(text.find("BEGIN:VEVENT"), std::string::npos) << text;
  auto calendar = parse(text);
  ASSERT_NE(calendar, nullptr);
  EXPECT_TRUE(events_of(calendar.get()).empty());
  EXPECT_EQ(icalcomponent_get_method(calendar.get()), ICAL_METHOD_PUBLISH);
}

TEST(ICalendar, TruncatesMillisecondsAndOmitsEmptyDescription) {
  CalendarEvent event = consultation();
  event.start = at("2026-12-01T08:00:00.999Z");
  event.description.clear();
  auto calendar = parse(to_icalendar({event}, "MediMeet"));
  ASSERT_NE(calendar, nullptr);
  auto events = events_of(calendar.get());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(wire_value(events[0], ICAL_DTSTART_PROPERTY), "20261201T080000Z");
  EXPECT_EQ(icalcomponent_get_first_property(events[0], ICAL_DESCRIPTION_PROPERTY), nullptr);
}

TEST(ICalendar, RejectsEventsItCannotWriteCorrectly) {
  auto rejects = [](auto change) {
    CalendarEvent event = consultation();
    change(event);
    EXPECT_THROW(to_icalendar({consultation(), event}, "MediMeet"), std::invalid_argument);
  };
  rejects([](CalendarEvent& e) { e.uid.clear(); });
  rejects([](CalendarEvent& e) { e.end = e.start; });
  rejects([](CalendarEvent& e) { e.end = e.start - std::chrono::minutes(30); });
  rejects([](CalendarEvent& e) { e.sequence = -1; });
  rejects([](CalendarEvent& e) { e.end = at("9999-12-31T23:59:59Z") + std::chrono::hours(1); });
}

TEST(ICalendar, ConcurrentCallsGiveTheSameText) {
  const std::vector<CalendarEvent> events = {consultation(), canceled_follow_up()};
  const std::string expected = to_icalendar(events, "MediMeet");
  std::vector<std::string> results(8);
  {
    std::vector<std::jthread> threads;
    for (std::size_t i = 0; i < results.size(); ++i) {
      threads.emplace_back([&, i] {
        for (int round = 0; round < 50; ++round) {
          std::string text = to_icalendar(events, "MediMeet");
          if (text != expected) {
            results[i] = std::move(text);
            return;
          }
        }
        results[i] = expected;
      });
    }
  }
  for (const std::string& result : results) EXPECT_EQ(result, expected);
}

}  // namespace
}  // namespace medimeet::calendars
