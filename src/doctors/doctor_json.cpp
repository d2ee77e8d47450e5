#include "doctors/doctor_json.hpp"

#include <algorithm>
#include <cmath>

#include "accounts/user.hpp"
#include "common/error.hpp"
#include "common/field_problems.hpp"
#include "common/json_input.hpp"
#include "common/json_output.hpp"
#include "common/object_id.hpp"
#include "common/query_parameters.hpp"
#include "common/search_text.hpp"
#include "common/text.hpp"
#include "doctors/specialties.hpp"

namespace medimeet::doctors {
namespace {

std::optional<AvailabilityWindow> parse_window(JsonInput& input) {
  const auto day_text = input.required_string("day");
  const auto start_text = input.required_string("startTime");
  const auto end_text = input.required_string("endTime");
  if (!input.ok()) return std::nullopt;
  const auto day = weekday_from_string(day_text);
  const auto start = parse_time_of_day(start_text);
  const auto end = parse_time_of_day(end_text);
  if (!day) input.reject("day", problems::one_of("monday, tuesday, ..., sunday"));
  if (!start) input.reject("startTime", problems::not_a_time("09:00"));
  if (!end) input.reject("endTime", problems::not_a_time("17:30"));
  if (start && end && !(*start < *end)) input.reject("endTime", problems::must_be_after("startTime"));
  if (!input.ok()) return std::nullopt;
  return AvailabilityWindow{*day, *start, *end};
}

}  // namespace

Patch<double> read_fee(JsonInput& input) {
  if (input.is_null("price")) return std::optional<double>();
  auto price = input.optional_number("price");
  if (!price) return std::nullopt;
  if (*price < 0 || *price > 100000) {
    input.reject("price", problems::out_of_range(0, 100000));
    return std::nullopt;
  }
  return std::optional<double>(*price);
}

std::optional<PostalAddress> parse_address(JsonInput& parent, boost::json::object object) {
  JsonInput input(std::move(object), parent.path("address"));
  PostalAddress address;
  auto required = [&](const char* field, std::size_t min, std::size_t max) -> std::string {
    if (!input.has(field)) {
      input.reject(field, problems::required());
      return {};
    }
    auto value = input.patch_text(field, min, max);
    if (value && !*value) input.reject(field, problems::required());
    return value && *value ? **value : std::string();
  };
  address.street = required("street", 2, 200);
  address.postcode = required("postcode", 2, 12);
  address.city = required("city", 2, 100);
  if (auto country = input.optional_string("country")) {
    const bool alpha2 = country->size() == 2 && std::all_of(country->begin(), country->end(),
                                                            [](char c) { return c >= 'A' && c <= 'Z'; });
    if (alpha2) address.country = *country;
    else input.reject("country", problems::one_of("ISO 3166-1 alpha-2", "must be a country code like \"FR\""));
  }
  const bool ok = input.ok();
  parent.absorb(input);
  if (!ok) return std::nullopt;
  return address;
}

std::optional<int> read_minutes(JsonInput& input, std::string_view field) {
  auto minutes = input.optional_integer(field, kMinConsultationMinutes, kMaxConsultationMinutes);
  if (!minutes) return std::nullopt;
  if (*minutes % 5 != 0) {
    input.reject(field, problems::multiple_of(5));
    return std::nullopt;
  }
  return static_cast<int>(*minutes);
}

std::optional<std::vector<std::string>> read_languages(JsonInput& input) {
  auto languages = input.optional_array("languages");
  if (!languages) return std::nullopt;
  std::vector<std::string> codes;
  if (languages->size() > kMaxLanguages) {
    input.reject("languages", problems::too_many_items(static_cast<long long>(kMaxLanguages), "languages"));
  }
  for (const auto& language : *languages) {
    if (!language.is_string() || !is_language_code(language.as_string())) {
      input.reject("languages", problems::one_of("ISO 639-1", "must be language codes like \"fr\" and \"en\""));
      break;
    }
    const std::string code(language.as_string());
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
  }
  return codes;
}

std::optional<std::vector<appointments::ConsultationMode>> read_consultation_modes(JsonInput& input) {
  auto modes = input.optional_array("consultationModes");
  if (!modes) return std::nullopt;
  std::vector<appointments::ConsultationMode> parsed;
  for (const auto& name : *modes) {
    auto mode = name.is_string() ? appointments::consultation_mode_from_string(name.as_string()) : std::nullopt;
    if (!mode) {
      input.reject("consultationModes", problems::one_of("inPerson, video", "must list \"inPerson\" and/or \"video\""));
      break;
    }
    if (std::find(parsed.begin(), parsed.end(), *mode) == parsed.end()) parsed.push_back(*mode);
  }
  if (modes->empty()) input.reject("consultationModes", problems::empty());
  return parsed;
}

boost::json::object slot_to_json(const Slot& slot) {
  return {{"start", format_iso8601(slot.start)}, {"end", format_iso8601(slot.end)}, {"local", slot.local}};
}

namespace {

boost::json::array modes_to_json(const std::vector<appointments::ConsultationMode>& modes) {
  boost::json::array names;
  for (auto mode : modes) names.emplace_back(appointments::to_string(mode));
  return names;
}

}  // namespace

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
      {"title", doctor_title(doctor) ? boost::json::value("Dr") : boost::json::value(nullptr)},
      {"experience", nullable(doctor.experience)},
      {"location", nullable(doctor.location)},
      {"availability", std::move(availability)},
      {"timezone", doctor.timezone},
      {"consultationMinutes", doctor.consultation_minutes},
      {"price", doctor.price ? boost::json::value(doctor.price->major_units()) : boost::json::value(nullptr)},
      {"currency", doctor.price ? boost::json::value(doctor.price->currency().code) : boost::json::value(nullptr)},
      {"about", nullable(doctor.about)},
      {"address", nullable(doctor.address)},
      {"phone", nullable(doctor.phone)},
      {"accessNotes", nullable(doctor.access_notes)},
      {"languages", boost::json::array(doctor.languages.begin(), doctor.languages.end())},
      {"consultationModes", modes_to_json(doctor.consultation_modes)},
      {"rppsNumber", nullable(doctor.rpps_number)},
      {"prepayment", to_string(doctor.prepayment)},
      {"averageRating", std::round(doctor.average_rating * 100) / 100},  // 4.33, not 4.333333333333333
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

boost::json::object specialty_to_json(const Specialty& specialty, long long count) {
  return {{"specialty", specialty.code},
          {"names", boost::json::object{{"fr", specialty.name_fr}, {"en", specialty.name_en}}},
          {"title", specialty.doctor_title ? boost::json::value("Dr") : boost::json::value(nullptr)},
          {"count", count}};
}

boost::json::object time_off_to_json(const TimeOffWithBookings& entry) {
  const auto& time_off = entry.time_off;
  boost::json::array bookings;
  for (const auto& booking : entry.bookings) {
    bookings.push_back(boost::json::object{{"_id", booking.id},
                                           {"patientId", booking.patient_id},
                                           {"patientName", booking.patient_name},
                                           {"appointmentDate", format_iso8601(booking.appointment_date)},
                                           {"endDate", format_iso8601(booking.end())},
                                           {"reasonName", nullable(booking.reason_name)}});
  }
  return {{"_id", time_off.id},
          {"start", format_iso8601(time_off.start)},
          {"end", format_iso8601(time_off.end)},
          {"reason", time_off.reason},
          {"bookings", std::move(bookings)},
          {"createdAt", format_iso8601(time_off.created_at)}};
}

boost::json::object visit_reason_to_json(const VisitReason& reason) {
  return {{"_id", reason.id},
          {"doctorId", reason.doctor_id},
          {"name", reason.name},
          {"durationMinutes", reason.duration_minutes},
          {"price", reason.price ? boost::json::value(reason.price->major_units()) : boost::json::value(nullptr)},
          {"currency", reason.price ? boost::json::value(reason.price->currency().code) : boost::json::value(nullptr)},
          {"mode", to_string(reason.mode)},
          {"newPatients", reason.new_patients},
          {"instructions", reason.instructions},
          {"createdAt", format_iso8601(reason.created_at)},
          {"updatedAt", format_iso8601(reason.updated_at)}};
}

VisitReasonChanges parse_visit_reason(std::string_view body) {
  auto input = JsonInput::parse(body);
  VisitReasonChanges changes;
  changes.name = input.optional_text("name", kMaxVisitReasonName);
  changes.duration_minutes = read_minutes(input, "durationMinutes");
  changes.price = read_fee(input);
  if (auto mode = input.optional_string("mode")) {
    changes.mode = appointments::consultation_mode_from_string(*mode);
    if (!changes.mode) input.reject("mode", problems::one_of("inPerson, video", "must be \"inPerson\" or \"video\""));
  }
  changes.new_patients = input.optional_bool("newPatients");
  changes.instructions = input.optional_text("instructions", kMaxVisitReasonInstructions);
  input.finish();
  return changes;
}

DoctorChanges parse_doctor_changes(std::string_view body) {
  auto input = JsonInput::parse(body);
  DoctorChanges changes;
  changes.specialty = input.patch_text("specialty", 2, 100);
  if (changes.specialty && *changes.specialty) {
    // Kept as the catalogue's code; its names and words are accepted for it.
    if (const auto* specialty = named_specialty(**changes.specialty)) {
      changes.specialty->emplace(specialty->code);
    } else {
      input.reject("specialty", problems::unknown_specialty());
    }
  }
  if (auto years = input.patch_integer("experience", 0, 80)) {
    changes.experience.emplace(*years ? std::optional<int>(static_cast<int>(**years)) : std::nullopt);
  }
  changes.location = input.patch_text("location", 2, 200);
  changes.timezone = input.optional_string("timezone");
  changes.consultation_minutes = read_minutes(input, "consultationMinutes");
  changes.price = read_fee(input);
  changes.about = input.patch_text("about", 0, 2000);
  if (input.is_null("address")) {
    changes.address.emplace(std::nullopt);
  } else if (auto address = input.optional_object("address")) {
    if (auto parsed = parse_address(input, std::move(*address))) changes.address.emplace(std::move(*parsed));
  }
  changes.phone = input.patch_text("phone", 1, 20);
  if (changes.phone && *changes.phone && !accounts::is_valid_e164(**changes.phone)) {
    input.reject("phone", problems::invalid_phone());
  }
  changes.access_notes = input.patch_text("accessNotes", 0, kMaxAccessNotes);
  if (changes.access_notes && *changes.access_notes && (*changes.access_notes)->empty()) {
    changes.access_notes.emplace(std::nullopt);  // blank notes are no notes
  }
  changes.languages = read_languages(input);
  changes.consultation_modes = read_consultation_modes(input);
  changes.rpps_number = input.patch_text("rppsNumber", 11, 11);
  if (changes.rpps_number && *changes.rpps_number && !is_rpps_number(**changes.rpps_number)) {
    input.reject("rppsNumber", problems::not_an_rpps_number());
  }
  if (auto prepayment = input.optional_string("prepayment")) {
    changes.prepayment = prepayment_from_string(*prepayment);
    if (!changes.prepayment) input.reject("prepayment", problems::one_of("none, video, all"));
  }
  changes.availability = input.object_array("availability", kMaxWindows, "windows", parse_window);
  input.finish();
  return changes;
}

std::optional<std::string> parse_reason_parameter(const std::map<std::string, std::string>& query) {
  QueryParameters parameters(query);
  auto id = parameters.text("reasonId");
  if (id && !is_object_id(*id)) parameters.reject("reasonId", problems::not_an_id());
  parameters.finish();
  return id;
}

std::optional<date::local_days> parse_day_parameter(const std::map<std::string, std::string>& query,
                                                    const std::string& name) {
  auto it = query.find(name);
  if (it == query.end() || it->second.empty()) return std::nullopt;
  auto day = parse_calendar_date(it->second);
  if (!day) throw AppError::field(name, problems::not_a_date("2026-12-01"));
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
      parameters.reject(name, problems::too_long(200));
      return std::nullopt;
    }
    return term;
  };
  // "cardiologue", "Cardiology" and "cardiology" find the catalogue's cardiology; anything
  // else is compared with specialties written before the catalogue.
  if (auto specialty = folded("specialty")) {
    const auto* known = match_specialty(*specialty);
    search.filter.specialty_folded = known != nullptr ? std::string(known->code) : *specialty;
  }
  search.filter.location_folded = folded("location");
  search.filter.name_folded = folded("q");
  if (auto mode = parameters.text("mode")) {
    search.filter.mode = appointments::consultation_mode_from_string(*mode);
    if (!search.filter.mode) parameters.reject("mode", problems::one_of("inPerson, video", "must be \"inPerson\" or \"video\""));
  }
  search.paging = parameters.page_request(DoctorService::kMaxPageSize);
  if (auto sort = parameters.text("sort")) {
    if (*sort == "rating") search.order = DoctorOrder::rating;
    else if (*sort == "experience") search.order = DoctorOrder::experience;
    else if (*sort == "name") search.order = DoctorOrder::name;
    else parameters.reject("sort", problems::one_of("rating, experience, name", "must be rating, experience or name"));
  }
  if (auto day = parameters.text("availableOn")) {
    if (auto date = parse_calendar_date(*day)) {
      search.available_on = date::local_days(date->time_since_epoch());
    } else {
      parameters.reject("availableOn", problems::not_a_date("2026-12-01"));
    }
  }
  parameters.finish();
  return search;
}

TimeOffRequest parse_time_off(std::string_view body) {
  auto input = JsonInput::parse(body);
  const auto start = input.required_instant("start", "2026-12-24T00:00:00.000Z");
  const auto end = input.required_instant("end", "2026-12-27T00:00:00.000Z");
  if (start && end && !(*start < *end)) input.reject("end", problems::must_be_after("start"));
  const auto reason = input.optional_text("reason", 200).value_or("");
  input.finish();
  return {*start, *end, trim(reason)};
}

}  // namespace medimeet::doctors
