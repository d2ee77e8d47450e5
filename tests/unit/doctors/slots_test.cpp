#include "doctors/slots.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace medimeet::doctors {
namespace {

using std::chrono::hours;
using std::chrono::minutes;

const date::time_zone* zone(std::string_view name) {
  const auto* found = find_time_zone(name);
  EXPECT_NE(found, nullptr) << name;
  return found;
}

TimePoint utc(std::string_view iso) {
  const auto parsed = parse_iso8601(iso);
  EXPECT_TRUE(parsed) << iso;
  return parsed.value_or(TimePoint{});
}

date::local_days local_day(int y, unsigned m, unsigned d) {
  return date::local_days{date::year{y} / date::month{m} / date::day{d}};
}

AvailabilityWindow window(Weekday day, int start_hour, int start_minute, int end_hour,
                          int end_minute) {
  return {day, hours{start_hour} + minutes{start_minute}, hours{end_hour} + minutes{end_minute}};
}

// A request over [first, last] with 30-minute slots, no busy time and no notice.
SlotRequest request(std::string_view zone_name, std::vector<AvailabilityWindow> windows,
                    date::local_days first, date::local_days last) {
  return SlotRequest{zone(zone_name), std::move(windows), minutes{30}, minutes{0}, first, last, {},
                     TimePoint{}};
}

std::vector<std::string> starts(const std::vector<Slot>& slots) {
  std::vector<std::string> out;
  for (const auto& slot : slots) out.push_back(format_iso8601(slot.start));
  return out;
}

std::vector<std::string> locals(const std::vector<Slot>& slots) {
  std::vector<std::string> out;
  for (const auto& slot : slots) out.push_back(slot.local);
  return out;
}

// --- Daylight-saving changes between weeks --------------------------------------------------

TEST(FreeSlots, ParisMondayMorningFollowsSpringForward) {
  // 2026-03-29 Paris goes from CET (UTC+1) to CEST (UTC+2).
  const auto slots = free_slots(request("Europe/Paris", {window(Weekday::monday, 9, 0, 12, 0)},
                                        local_day(2026, 3, 23), local_day(2026, 3, 30)));
  EXPECT_EQ(starts(slots), (std::vector<std::string>{
                               "2026-03-23T08:00:00.000Z", "2026-03-23T08:30:00.000Z",
                               "2026-03-23T09:00:00.000Z", "2026-03-23T09:30:00.000Z",
                               "2026-03-23T10:00:00.000Z", "2026-03-23T10:30:00.000Z",
                               "2026-03-30T07:00:00.000Z", "2026-03-30T07:30:00.000Z",
                               "2026-03-30T08:00:00.000Z", "2026-03-30T08:30:00.000Z",
                               "2026-03-30T09:00:00.000Z", "2026-03-30T09:30:00.000Z"}));
  EXPECT_EQ(slots.front().local, "2026-03-23T09:00");
  EXPECT_EQ(slots[6].local, "2026-03-30T09:00");
  EXPECT_EQ(slots.back().local, "2026-03-30T11:30");
  EXPECT_EQ(format_iso8601(slots.back().end), "2026-03-30T10:00:00.000Z");
}

TEST(FreeSlots, ParisMondayMorningFollowsFallBack) {
  // 2026-10-25 Paris goes from CEST (UTC+2) back to CET (UTC+1).
  const auto slots = free_slots(request("Europe/Paris", {window(Weekday::monday, 9, 0, 10, 0)},
                                        local_day(2026, 10, 19), local_day(2026, 10, 26)));
  EXPECT_EQ(starts(slots), (std::vector<std::string>{
                               "2026-10-19T07:00:00.000Z", "2026-10-19T07:30:00.000Z",
                               "2026-10-26T08:00:00.000Z", "2026-10-26T08:30:00.000Z"}));
  EXPECT_EQ(locals(slots), (std::vector<std::string>{"2026-10-19T09:00", "2026-10-19T09:30",
                                                     "2026-10-26T09:00", "2026-10-26T09:30"}));
}

// --- Zones far from UTC ----------------------------------------------------------------------

TEST(FreeSlots, LosAngelesAfternoonCrossesUtcMidnight) {
  // December: PST, UTC-8. 2026-12-01 is a Tuesday.
  const auto slots = free_slots(request("America/Los_Angeles",
                                        {window(Weekday::tuesday, 15, 0, 19, 0)},
                                        local_day(2026, 11, 30), local_day(2026, 12, 6)));
  EXPECT_EQ(starts(slots), (std::vector<std::string>{
                               "2026-12-01T23:00:00.000Z", "2026-12-01T23:30:00.000Z",
                               "2026-12-02T00:00:00.000Z", "2026-12-02T00:30:00.000Z",
                               "2026-12-02T01:00:00.000Z", "2026-12-02T01:30:00.000Z",
                               "2026-12-02T02:00:00.000Z", "2026-12-02T02:30:00.000Z"}));
  EXPECT_EQ(slots.front().local, "2026-12-01T15:00");
  EXPECT_EQ(slots.back().local, "2026-12-01T18:30");
  EXPECT_EQ(format_iso8601(slots.back().end), "2026-12-02T03:00:00.000Z");
}

TEST(FreeSlots, AucklandMorningFallsOnThePreviousUtcDay) {
  // December: NZDT, UTC+13. Wednesday 2026-12-02 09:00 there is Tuesday 20:00 in UTC.
  const auto slots = free_slots(request("Pacific/Auckland",
                                        {window(Weekday::wednesday, 9, 0, 11, 0)},
                                        local_day(2026, 12, 2), local_day(2026, 12, 2)));
  EXPECT_EQ(starts(slots), (std::vector<std::string>{
                               "2026-12-01T20:00:00.000Z", "2026-12-01T20:30:00.000Z",
                               "2026-12-01T21:00:00.000Z", "2026-12-01T21:30:00.000Z"}));
  EXPECT_EQ(locals(slots), (std::vector<std::string>{"2026-12-02T09:00", "2026-12-02T09:30",
                                                     "2026-12-02T10:00", "2026-12-02T10:30"}));
}

TEST(FreeSlots, TokyoDoctorsDaysAreTokyoDays) {
  // JST, UTC+9. Monday 2026-12-07 in Tokyo runs from Sunday 15:00Z to Monday 15:00Z.
  const std::vector<AvailabilityWindow> windows = {window(Weekday::monday, 0, 0, 1, 0),
                                                   window(Weekday::monday, 23, 0, 23, 59)};
  const auto monday = free_slots(
      request("Asia/Tokyo", windows, local_day(2026, 12, 7), local_day(2026, 12, 7)));
  EXPECT_EQ(starts(monday), (std::vector<std::string>{"2026-12-06T15:00:00.000Z",
                                                      "2026-12-06T15:30:00.000Z",
                                                      "2026-12-07T14:00:00.000Z"}));
  EXPECT_EQ(locals(monday), (std::vector<std::string>{"2026-12-07T00:00", "2026-12-07T00:30",
                                                      "2026-12-07T23:00"}));

  // Sunday and Tuesday in Tokyo hold none of them, though their UTC hours overlap Monday's.
  EXPECT_TRUE(free_slots(request("Asia/Tokyo", windows, local_day(2026, 12, 6),
                                 local_day(2026, 12, 6)))
                  .empty());
  EXPECT_TRUE(free_slots(request("Asia/Tokyo", windows, local_day(2026, 12, 8),
                                 local_day(2026, 12, 8)))
                  .empty());
}

// --- Inside the day of a daylight-saving change ----------------------------------------------

TEST(FreeSlots, SpringForwardGapYieldsNoSlot) {
  // Sunday 2026-03-29 Paris: 02:00 CET jumps to 03:00 CEST, at 01:00Z.
  const auto slots = free_slots(request("Europe/Paris", {window(Weekday::sunday, 1, 0, 4, 0)},
                                        local_day(2026, 3, 29), local_day(2026, 3, 29)));
  EXPECT_EQ(starts(slots), (std::vector<std::string>{
                               "2026-03-29T00:00:00.000Z", "2026-03-29T00:30:00.000Z",
                               "2026-03-29T01:00:00.000Z", "2026-03-29T01:30:00.000Z"}));
  EXPECT_EQ(locals(slots), (std::vector<std::string>{"2026-03-29T01:00", "2026-03-29T01:30",
                                                     "2026-03-29T03:00", "2026-03-29T03:30"}));
  // Still 30 real minutes: the 01:30 slot ends at 03:00 on the wall clock.
  EXPECT_EQ(format_iso8601(slots[1].end), "2026-03-29T01:00:00.000Z");
}

TEST(FreeSlots, WindowStartingInTheGapBeginsAfterIt) {
  const auto slots = free_slots(request("Europe/Paris", {window(Weekday::sunday, 2, 0, 4, 0)},
                                        local_day(2026, 3, 29), local_day(2026, 3, 29)));
  EXPECT_EQ(starts(slots), (std::vector<std::string>{"2026-03-29T01:00:00.000Z",
                                                     "2026-03-29T01:30:00.000Z"}));
}

TEST(FreeSlots, SlotRunningAcrossTheGapMustEndInsideTheWindow) {
  // 01:45 + 45 real minutes is 03:30 on the wall clock, past the 03:15 end of the window.
  auto slot_request = request("Europe/Paris", {window(Weekday::sunday, 1, 0, 3, 15)},
                              local_day(2026, 3, 29), local_day(2026, 3, 29));
  slot_request.slot_length = minutes{45};
  const auto slots = free_slots(slot_request);
  EXPECT_EQ(starts(slots), (std::vector<std::string>{"2026-03-29T00:00:00.000Z"}));
}

TEST(FreeSlots, FallBackHourYieldsEachWallTimeOnce) {
  // Sunday 2026-10-25 Paris: 03:00 CEST falls back to 02:00 CET, at 01:00Z; 02:00–02:59
  // happens twice and only the first (CEST) occurrence is offered.
  const auto slots = free_slots(request("Europe/Paris", {window(Weekday::sunday, 1, 0, 4, 0)},
                                        local_day(2026, 10, 25), local_day(2026, 10, 25)));
  EXPECT_EQ(starts(slots), (std::vector<std::string>{
                               "2026-10-24T23:00:00.000Z", "2026-10-24T23:30:00.000Z",
                               "2026-10-25T00:00:00.000Z", "2026-10-25T00:30:00.000Z",
                               "2026-10-25T02:00:00.000Z", "2026-10-25T02:30:00.000Z"}));
  EXPECT_EQ(locals(slots), (std::vector<std::string>{"2026-10-25T01:00", "2026-10-25T01:30",
                                                     "2026-10-25T02:00", "2026-10-25T02:30",
                                                     "2026-10-25T03:00", "2026-10-25T03:30"}));
  EXPECT_EQ(format_iso8601(slots[3].end), "2026-10-25T01:00:00.000Z");
}

// --- Busy time, notice and slot length (UTC, so wall time and instants agree) -----------------

// Monday 2026-12-07 09:00–12:00 UTC: six 30-minute slots.
SlotRequest monday_morning() {
  return request("Etc/UTC", {window(Weekday::monday, 9, 0, 12, 0)}, local_day(2026, 12, 7),
                 local_day(2026, 12, 7));
}

TEST(FreeSlots, AppointmentRemovesItsSlot) {
  auto slot_request = monday_morning();
  slot_request.busy = {{utc("2026-12-07T10:00:00Z"), utc("2026-12-07T10:30:00Z")}};
  EXPECT_EQ(starts(free_slots(slot_request)),
            (std::vector<std::string>{"2026-12-07T09:00:00.000Z", "2026-12-07T09:30:00.000Z",
                                      "2026-12-07T10:30:00.000Z", "2026-12-07T11:00:00.000Z",
                                      "2026-12-07T11:30:00.000Z"}));
}

TEST(FreeSlots, PartialOverlapRemovesEverySlotTouched) {
  auto slot_request = monday_morning();
  slot_request.busy = {{utc("2026-12-07T10:15:00Z"), utc("2026-12-07T10:45:00Z")}};
  EXPECT_EQ(starts(free_slots(slot_request)),
            (std::vector<std::string>{"2026-12-07T09:00:00.000Z", "2026-12-07T09:30:00.000Z",
                                      "2026-12-07T11:00:00.000Z", "2026-12-07T11:30:00.000Z"}));
}

TEST(FreeSlots, BusyTouchingOnlyAnEdgeLeavesTheSlotFree) {
  auto slot_request = monday_morning();
  slot_request.busy = {{utc("2026-12-07T08:00:00Z"), utc("2026-12-07T09:00:00Z")},
                       {utc("2026-12-07T12:00:00Z"), utc("2026-12-07T13:00:00Z")}};
  EXPECT_EQ(free_slots(slot_request).size(), 6u);
}

TEST(FreeSlots, EmptyOrInvertedBusyIntervalsBlockNothing) {
  auto slot_request = monday_morning();
  slot_request.busy = {{utc("2026-12-07T10:00:00Z"), utc("2026-12-07T10:00:00Z")},
                       {utc("2026-12-07T11:30:00Z"), utc("2026-12-07T09:00:00Z")}};
  EXPECT_EQ(free_slots(slot_request).size(), 6u);
}

TEST(FreeSlots, MultiDayTimeOffRemovesWholeDays) {
  auto slot_request = request("Etc/UTC",
                              {window(Weekday::monday, 9, 0, 10, 0),
                               window(Weekday::tuesday, 9, 0, 10, 0),
                               window(Weekday::wednesday, 9, 0, 10, 0),
                               window(Weekday::thursday, 9, 0, 10, 0),
                               window(Weekday::friday, 9, 0, 10, 0)},
                              local_day(2026, 12, 7), local_day(2026, 12, 13));
  slot_request.busy = {{utc("2026-12-08T00:00:00Z"), utc("2026-12-10T09:30:00Z")}};
  EXPECT_EQ(starts(free_slots(slot_request)),
            (std::vector<std::string>{"2026-12-07T09:00:00.000Z", "2026-12-07T09:30:00.000Z",
                                      "2026-12-10T09:30:00.000Z", "2026-12-11T09:00:00.000Z",
                                      "2026-12-11T09:30:00.000Z"}));
}

TEST(FreeSlots, UnsortedAndNestedBusyIntervalsAreAllHonoured) {
  auto slot_request = monday_morning();
  slot_request.busy = {{utc("2026-12-07T11:30:00Z"), utc("2026-12-07T12:00:00Z")},
                       {utc("2026-12-07T09:00:00Z"), utc("2026-12-07T09:20:00Z")},
                       {utc("2026-12-07T10:00:00Z"), utc("2026-12-07T11:00:00Z")},
                       {utc("2026-12-07T10:10:00Z"), utc("2026-12-07T10:20:00Z")}};
  EXPECT_EQ(starts(free_slots(slot_request)),
            (std::vector<std::string>{"2026-12-07T09:30:00.000Z", "2026-12-07T11:00:00.000Z"}));
}

TEST(FreeSlots, EarliestStartRemovesPastSlotsAndThoseWithinNotice) {
  auto slot_request = monday_morning();
  slot_request.earliest_start = utc("2026-12-07T10:30:00Z");  // a slot may start exactly then
  EXPECT_EQ(starts(free_slots(slot_request)),
            (std::vector<std::string>{"2026-12-07T10:30:00.000Z", "2026-12-07T11:00:00.000Z",
                                      "2026-12-07T11:30:00.000Z"}));

  slot_request.earliest_start = utc("2026-12-07T10:30:00.001Z");
  EXPECT_EQ(starts(free_slots(slot_request)),
            (std::vector<std::string>{"2026-12-07T11:00:00.000Z", "2026-12-07T11:30:00.000Z"}));

  slot_request.earliest_start = utc("2026-12-08T00:00:00Z");
  EXPECT_TRUE(free_slots(slot_request).empty());
}

TEST(FreeSlots, FortyFiveMinutesInAnHourGivesOneSlot) {
  auto slot_request = request("Etc/UTC", {window(Weekday::monday, 9, 0, 10, 0)},
                              local_day(2026, 12, 7), local_day(2026, 12, 7));
  slot_request.slot_length = minutes{45};
  const auto slots = free_slots(slot_request);
  ASSERT_EQ(slots.size(), 1u);
  EXPECT_EQ(format_iso8601(slots[0].start), "2026-12-07T09:00:00.000Z");
  EXPECT_EQ(format_iso8601(slots[0].end), "2026-12-07T09:45:00.000Z");
}

TEST(FreeSlots, AShortStepOffersALongReasonAtEveryStart) {
  // A 45-minute visit reason on a 15-minute grid: starts every 15 minutes that still end in time.
  auto slot_request = request("Etc/UTC", {window(Weekday::monday, 9, 0, 10, 30)},
                              local_day(2026, 12, 7), local_day(2026, 12, 7));
  slot_request.slot_length = minutes{45};
  slot_request.step = minutes{15};
  EXPECT_EQ(locals(free_slots(slot_request)),
            (std::vector<std::string>{"2026-12-07T09:00", "2026-12-07T09:15",
                                      "2026-12-07T09:30", "2026-12-07T09:45"}));

  // A booking 09:30–09:45 takes every start whose 45 minutes would overlap it.
  slot_request.busy = {{utc("2026-12-07T09:30:00Z"), utc("2026-12-07T09:45:00Z")}};
  EXPECT_EQ(locals(free_slots(slot_request)), (std::vector<std::string>{"2026-12-07T09:45"}));
}

TEST(FreeSlots, WindowShorterThanOneSlotGivesNothing) {
  EXPECT_TRUE(free_slots(request("Etc/UTC", {window(Weekday::monday, 9, 0, 9, 29)},
                                 local_day(2026, 12, 7), local_day(2026, 12, 7)))
                  .empty());
}

TEST(FreeSlots, SeveralWindowsADayComeOutInOrder) {
  const auto slots = free_slots(request("Etc/UTC",
                                        {window(Weekday::monday, 14, 0, 15, 0),
                                         window(Weekday::tuesday, 8, 0, 8, 30),
                                         window(Weekday::monday, 9, 0, 10, 0)},
                                        local_day(2026, 12, 7), local_day(2026, 12, 8)));
  EXPECT_EQ(locals(slots), (std::vector<std::string>{"2026-12-07T09:00", "2026-12-07T09:30",
                                                     "2026-12-07T14:00", "2026-12-07T14:30",
                                                     "2026-12-08T08:00"}));
}

TEST(FreeSlots, OverlappingWindowsNeverOfferASlotTwice) {
  // The caller should refuse such windows; if some slip through, no slot is listed twice.
  const auto slots = free_slots(request("Etc/UTC",
                                        {window(Weekday::monday, 9, 0, 10, 0),
                                         window(Weekday::monday, 9, 0, 11, 0)},
                                        local_day(2026, 12, 7), local_day(2026, 12, 7)));
  EXPECT_EQ(locals(slots), (std::vector<std::string>{"2026-12-07T09:00", "2026-12-07T09:30",
                                                     "2026-12-07T10:00", "2026-12-07T10:30"}));
}

TEST(FreeSlots, WeekdaysAreIndependent) {
  // A Monday window never shows on another day of the week.
  EXPECT_TRUE(free_slots(request("Etc/UTC", {window(Weekday::monday, 9, 0, 12, 0)},
                                 local_day(2026, 12, 8), local_day(2026, 12, 13)))
                  .empty());
}

TEST(FreeSlots, DegenerateRequestsGiveNothing) {
  auto backwards = monday_morning();
  backwards.first_day = local_day(2026, 12, 8);
  EXPECT_TRUE(free_slots(backwards).empty());

  auto zero_length = monday_morning();
  zero_length.slot_length = minutes{0};
  EXPECT_TRUE(free_slots(zero_length).empty());
}

// A busy doctor's month checked against the obvious quadratic filter.
TEST(FreeSlots, BusyMonthMatchesBruteForce) {
  std::vector<AvailabilityWindow> windows;
  for (int d = 0; d < 7; ++d) {
    windows.push_back(window(static_cast<Weekday>(d), 8, 0, 13, 0));
    windows.push_back(window(static_cast<Weekday>(d), 14, 0, 19, 0));
  }
  auto slot_request = request("Europe/Paris", windows, local_day(2026, 3, 1),
                              local_day(2026, 3, 31));
  const auto all = free_slots(slot_request);
  ASSERT_EQ(all.size(), 31u * 20u);

  std::mt19937 random(20261201);
  const TimePoint month_start = utc("2026-02-28T23:00:00Z");
  std::uniform_int_distribution<long long> offset_minutes(0, 31 * 24 * 60);
  std::uniform_int_distribution<int> length_minutes(1, 120);
  for (int i = 0; i < 400; ++i) {
    const TimePoint start = month_start + minutes{offset_minutes(random)};
    slot_request.busy.push_back({start, start + minutes{length_minutes(random)}});
  }
  slot_request.earliest_start = utc("2026-03-03T12:00:00Z");

  std::vector<std::string> expected;
  for (const auto& slot : all) {
    const bool taken = std::any_of(
        slot_request.busy.begin(), slot_request.busy.end(),
        [&](const BusyInterval& busy) { return busy.start < slot.end && slot.start < busy.end; });
    if (!taken && slot.start >= slot_request.earliest_start) {
      expected.push_back(format_iso8601(slot.start));
    }
  }
  const auto actual = starts(free_slots(slot_request));
  EXPECT_FALSE(actual.empty());
  EXPECT_LT(actual.size(), all.size());
  EXPECT_EQ(actual, expected);
}

// --- Parsing ---------------------------------------------------------------------------------

TEST(TimeOfDay, ParsesTwoDigitHoursAndMinutes) {
  EXPECT_EQ(parse_time_of_day("00:00"), minutes{0});
  EXPECT_EQ(parse_time_of_day("09:05"), minutes{545});
  EXPECT_EQ(parse_time_of_day("23:59"), minutes{1439});
}

TEST(TimeOfDay, RejectsAnythingElse) {
  for (const char* text : {"24:00", "9:00", "09:60", "09:5", "0900", "09-00", " 09:00", "09:00 ",
                           "+9:00", "ab:cd", "", "09:00:00"}) {
    EXPECT_FALSE(parse_time_of_day(text)) << text;
  }
}

TEST(TimeOfDay, FormatsWithTwoDigits) {
  EXPECT_EQ(format_time_of_day(minutes{0}), "00:00");
  EXPECT_EQ(format_time_of_day(minutes{545}), "09:05");
  EXPECT_EQ(format_time_of_day(minutes{1439}), "23:59");
  EXPECT_EQ(format_time_of_day(*parse_time_of_day("17:30")), "17:30");
}

TEST(WeekdayNames, RoundTripExactLowercaseNames) {
  for (int d = 0; d < 7; ++d) {
    const auto day = static_cast<Weekday>(d);
    EXPECT_EQ(weekday_from_string(to_string(day)), day);
  }
  EXPECT_EQ(to_string(Weekday::monday), "monday");
  EXPECT_EQ(to_string(Weekday::sunday), "sunday");
  for (const char* text : {"Monday", "MONDAY", "mon", "monday ", "", "funday"}) {
    EXPECT_FALSE(weekday_from_string(text)) << text;
  }
}

TEST(WeekdayNames, WeekdayOfACalendarDay) {
  EXPECT_EQ(weekday_of(local_day(2026, 12, 1)), Weekday::tuesday);
  EXPECT_EQ(weekday_of(local_day(2026, 3, 29)), Weekday::sunday);
  EXPECT_EQ(weekday_of(local_day(2026, 3, 30)), Weekday::monday);
}

TEST(TimeZones, FindsIanaNamesOnly) {
  EXPECT_NE(find_time_zone("Europe/Paris"), nullptr);
  EXPECT_NE(find_time_zone("America/Los_Angeles"), nullptr);
  EXPECT_EQ(find_time_zone("Europe/Atlantis"), nullptr);
  EXPECT_EQ(find_time_zone("europe/paris"), nullptr);
  EXPECT_EQ(find_time_zone(""), nullptr);
  EXPECT_EQ(find_time_zone("localtime"), nullptr);
  EXPECT_EQ(find_time_zone("../zoneinfo/Europe/Paris"), nullptr);
}

// --- The span of local days -------------------------------------------------------------------

TEST(LocalDaysSpan, SpringForwardDayIsTwentyThreeHours) {
  const auto span = local_days_span(zone("Europe/Paris"), local_day(2026, 3, 29),
                                    local_day(2026, 3, 29));
  EXPECT_EQ(format_iso8601(span.start), "2026-03-28T23:00:00.000Z");
  EXPECT_EQ(format_iso8601(span.end), "2026-03-29T22:00:00.000Z");
  EXPECT_EQ(span.end - span.start, hours{23});
}

TEST(LocalDaysSpan, FallBackDayIsTwentyFiveHours) {
  const auto span = local_days_span(zone("Europe/Paris"), local_day(2026, 10, 25),
                                    local_day(2026, 10, 25));
  EXPECT_EQ(format_iso8601(span.start), "2026-10-24T22:00:00.000Z");
  EXPECT_EQ(format_iso8601(span.end), "2026-10-25T23:00:00.000Z");
  EXPECT_EQ(span.end - span.start, hours{25});
}

TEST(LocalDaysSpan, CoversEveryDayInclusive) {
  const auto span = local_days_span(zone("Asia/Tokyo"), local_day(2026, 12, 1),
                                    local_day(2026, 12, 31));
  EXPECT_EQ(format_iso8601(span.start), "2026-11-30T15:00:00.000Z");
  EXPECT_EQ(format_iso8601(span.end), "2026-12-31T15:00:00.000Z");
}

TEST(LocalDaysSpan, DayWhoseMidnightIsSkippedStartsAtTheJump) {
  // Santiago springs forward at midnight: 2026-09-06 begins at 01:00 -03, 04:00Z.
  const auto span = local_days_span(zone("America/Santiago"), local_day(2026, 9, 6),
                                    local_day(2026, 9, 6));
  EXPECT_EQ(format_iso8601(span.start), "2026-09-06T04:00:00.000Z");
  EXPECT_EQ(format_iso8601(span.end), "2026-09-07T03:00:00.000Z");
}

}  // namespace
}  // namespace medimeet::doctors
