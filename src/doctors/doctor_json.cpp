#include "doctors/doctor_json.hpp"

#include <algorithm>

#include "accounts/user.hpp"
#include "common/error.hpp"
#include "common/json_input.hpp"
#include "common/json_output.hpp"
#include "common/query_parameters.hpp"
#include "common/search_text.hpp"
#include "common/text.hpp"

namespace medimeet::doctors {
namespace {

// Whole amounts as integers: Boost.JSON writes every double in exponent form ("3E1").
boost::json::value number(double value) {
  const auto whole = static_cast<long long>(value);
  if (static_cast<double>(whole) == value) return whole;
  return value;
}

// PATCH semantics for a nullable text: absent, null (clear) or a trimmed, bounded string.
std::optional<std::optional<std::string>> nullable_text(JsonInput& input, std::string_view field,
                                                        std::size_t min, std::size_t max) {
  if (input.is_null(field)) return std::optional<std::string>();
  auto text = input.optional_string(field);
  if (!text) return std::nullopt;
  auto trimmed = trim(*text);
  const auto length = utf8_length(trimmed);
  if (length < min || length > max) {
    input.reject(field, min > 0 ? "must be " + std::to_string(min) + " to " + std::to_string(max) + " characters"
                                : "must be at most " + std::to_string(max) + " characters");
    return std::nullopt;
  }
  return std::optional<std::string>(std::move(trimmed));
}

std::vector<AvailabilityWindow> parse_availability(JsonInput& parent, const boost::json::array& array) {
  std::vector<AvailabilityWindow> windows;
  if (array.size() > kMaxWindows) {
    parent.reject("availability", "must have at most " + std::to_string(kMaxWindows) + " windows");
    return windows;
  }
  for (std::size_t i = 0; i < array.size(); ++i) {
    const auto path = "availability." + std::to_string(i);
    if (!array[i].is_object()) {
      parent.reject(path, "must be an object");
      continue;
    }
    JsonInput input(array[i].as_object(), parent.path(path));
    const auto day_text = input.required_string("day");
    const auto start_text = input.required_string("startTime");
    const auto end_text = input.required_string("endTime");
    const auto day = weekday_from_string(day_text);
    const auto start = parse_time_of_day(start_text);
    const auto end = parse_time_of_day(end_text);
    if (input.ok()) {
      if (!day) input.reject("day", "must be one of monday, tuesday, ..., sunday");
      if (!start) input.reject("startTime", "must be a time like 09:00");
      if (!end) input.reject("endTime", "must be a time like 17:30");
      if (start && end && !(*start < *end)) input.reject("endTime", "must be after startTime");
    }
    if (input.ok()) windows.push_back({*day, *start, *end});
    parent.absorb(input);
  }
  return windows;
}

}  // namespace

boost::json::object slot_to_json(const Slot& slot) {
  return {{"start", format_iso8601(slot.start)}, {"end", format_iso8601(slot.end)}, {"local", slot.local}};
}

boost::json::object doctor_to_json(const Doctor& doctor, bool for_owner) {
  boost::json::array availability;
  for (const auto& window : doctor.availability) {
    availability.push_back(boost::json::object{{"day", to_string(window.day)},
                                               {"startTime", format_time_of_day(window.start)},
                                               {"endTime", format_time_of_day(window.end)}});
  }
  boost::json::object document{
      {"_id", doctor.id},
      {"name", doctor.name},
      {"specialty", nullable(doctor.specialty)},
      {"experience", nullable(doctor.experience)},
      {"location", nullable(doctor.location)},
      {"availability", std::move(availability)},
      {"timezone", doctor.timezone},
      {"consultationMinutes", doctor.consultation_minutes},
      {"price", doctor.price ? number(*doctor.price) : boost::json::value(nullptr)},
      {"about", nullable(doctor.about)},
      {"averageRating", number(doctor.average_rating)},
      {"reviewCount", doctor.review_count},
      {"createdAt", format_iso8601(doctor.created_at)},
      {"updatedAt", format_iso8601(doctor.updated_at)},
  };
  if (for_owner) document["listed"] = is_complete(doctor);
  return document;
}

boost::json::object listing_to_json(const DoctorListing& listing) {
  auto document = doctor_to_json(listing.doctor, false);
  document["nextSlot"] = listing.next_slot ? boost::json::value(slot_to_json(*listing.next_slot))
                                           : boost::json::value(nullptr);
  return document;
}

boost::json::object time_off_to_json(const TimeOff& time_off) {
  return {{"_id", time_off.id},
          {"start", format_iso8601(time_off.start)},
          {"end", format_iso8601(time_off.end)},
          {"reason", time_off.reason},
          {"createdAt", format_iso8601(time_off.created_at)}};
}

DoctorChanges parse_doctor_changes(std::string_view body) {
  auto input = JsonInput::parse(body);
  DoctorChanges changes;
  changes.specialty = nullable_text(input, "specialty", 2, 100);
  if (input.is_null("experience")) {
    changes.experience.emplace(std::nullopt);
  } else if (auto years = input.optional_integer("experience", 0, 80)) {
    changes.experience.emplace(static_cast<int>(*years));
  }
  changes.location = nullable_text(input, "location", 2, 200);
  changes.timezone = input.optional_string("timezone");
  if (auto minutes = input.optional_integer("consultationMinutes", kMinConsultationMinutes,
                                            kMaxConsultationMinutes)) {
    if (*minutes % 5 != 0) {
      input.reject("consultationMinutes", "must be a multiple of 5");
    } else {
      changes.consultation_minutes = static_cast<int>(*minutes);
    }
  }
  if (input.is_null("price")) {
    changes.price.emplace(std::nullopt);
  } else if (auto price = input.optional_number("price")) {
    if (*price < 0 || *price > 100000) {
      input.reject("price", "must be between 0 and 100000");
    } else {
      changes.price.emplace(*price);
    }
  }
  changes.about = nullable_text(input, "about", 0, 2000);
  if (auto availability = input.optional_array("availability")) {
    changes.availability = parse_availability(input, *availability);
  }
  input.finish();
  return changes;
}

std::optional<date::local_days> parse_day_parameter(const std::map<std::string, std::string>& query,
                                                    const std::string& name) {
  auto it = query.find(name);
  if (it == query.end() || it->second.empty()) return std::nullopt;
  auto day = parse_calendar_date(it->second);
  if (!day) throw AppError::field(name, "must be a date like 2026-12-01");
  return date::local_days(day->time_since_epoch());
}

DoctorSearch parse_doctor_search(const std::map<std::string, std::string>& query) {
  QueryParameters parameters(query);
  DoctorSearch search;
  auto folded = [&](const char* name) -> std::optional<std::string> {
    auto value = parameters.text(name);
    if (!value) return std::nullopt;
    auto term = fold_for_search(trim(*value));
    if (term.empty()) return std::nullopt;
    if (utf8_length(term) > 200) {
      parameters.reject(name, "must be at most 200 characters");
      return std::nullopt;
    }
    return term;
  };
  search.filter.specialty_folded = folded("specialty");
  search.filter.location_folded = folded("location");
  search.filter.name_folded = folded("q");
  search.paging = parameters.page_request(DoctorService::kMaxPageSize);
  if (auto sort = parameters.text("sort")) {
    if (*sort == "rating") search.order = DoctorOrder::rating;
    else if (*sort == "experience") search.order = DoctorOrder::experience;
    else if (*sort == "name") search.order = DoctorOrder::name;
    else parameters.reject("sort", "must be rating, experience or name");
  }
  if (auto day = parameters.text("availableOn")) {
    if (auto date = parse_calendar_date(*day)) {
      search.available_on = date::local_days(date->time_since_epoch());
    } else {
      parameters.reject("availableOn", "must be a date like 2026-12-01");
    }
  }
  parameters.finish();
  return search;
}

TimeOffRequest parse_time_off(std::string_view body) {
  auto input = JsonInput::parse(body);
  const auto start_text = input.required_string("start");
  const auto end_text = input.required_string("end");
  auto reason = input.optional_string("reason").value_or("");
  TimeOffRequest request;
  if (input.ok()) {
    auto start = parse_iso8601(start_text);
    auto end = parse_iso8601(end_text);
    if (!start) input.reject("start", "must be an instant like 2026-12-24T00:00:00.000Z");
    if (!end) input.reject("end", "must be an instant like 2026-12-27T00:00:00.000Z");
    if (start && end && !(*start < *end)) input.reject("end", "must be after start");
    if (start && end) request = {*start, *end, {}};
  }
  if (utf8_length(reason) > 200) input.reject("reason", "must be at most 200 characters");
  input.finish();
  request.reason = trim(reason);
  return request;
}

}  // namespace medimeet::doctors
