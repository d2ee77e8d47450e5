#pragma once

#include <boost/json/object.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/json_input.hpp"
#include "doctors/doctor_service.hpp"
#include "doctors/specialties.hpp"

namespace medimeet::doctors {

// The Doctors document as the API returns it: the public profile, plus `listed` for its owner.
boost::json::object doctor_to_json(const Doctor& doctor, bool for_owner);
// A public listing: the profile and `nextSlot` (null when none within nine weeks).
boost::json::object listing_to_json(const DoctorListing& listing);
boost::json::object slot_to_json(const Slot& slot);
// {specialty (its code), names {fr, en}, title ("Dr" or null), count of listed doctors}.
boost::json::object specialty_to_json(const Specialty& specialty, long long count);
// A time off with the confirmed bookings it covers.
boost::json::object time_off_to_json(const TimeOffWithBookings& time_off);
boost::json::object visit_reason_to_json(const VisitReason& reason);
// A new visit reason or changes to one (the service checks that a new one has a name and a
// length).
VisitReasonChanges parse_visit_reason(std::string_view body);
// The optional `reasonId` query parameter of the slots endpoint; 400 when it is not an id.
std::optional<std::string> parse_reason_parameter(const std::map<std::string, std::string>& query);

// PATCH /api/v1/doctors/me; throws AppError validation_failed naming each bad field.
DoctorChanges parse_doctor_changes(std::string_view body);
// The query of GET /api/v1/doctors; throws AppError validation_failed.
DoctorSearch parse_doctor_search(const std::map<std::string, std::string>& query);
// A "YYYY-MM-DD" query parameter; nullopt when absent, 400 naming `name` when malformed.
std::optional<date::local_days> parse_day_parameter(const std::map<std::string, std::string>& query,
                                                    const std::string& name);
// POST /api/v1/doctors/me/time-off {start, end, reason}.
struct TimeOffRequest {
  TimePoint start;
  TimePoint end;
  std::string reason;
};
TimeOffRequest parse_time_off(std::string_view body);

// Readers of profile fields, shared by PATCH /api/v1/doctors/me and the MongoDB import; each
// records its problems on `input` and returns nullopt when the field is absent or wrong.
// `price` in major units, 0 to 100000 (null clears it); its decimals are the currency's to check.
Patch<double> read_fee(JsonInput& input);
// `address` {street, postcode, city, country}: the first three required, the country ISO 3166-1
// alpha-2 ("FR" when left out); problems are named "address.city".
std::optional<PostalAddress> parse_address(JsonInput& parent, boost::json::object object);
// A consultation length: whole minutes from 10 to 240, a multiple of 5.
std::optional<int> read_minutes(JsonInput& input, std::string_view field);
// `languages`: at most kMaxLanguages ISO 639-1 codes, repeats dropped.
std::optional<std::vector<std::string>> read_languages(JsonInput& input);
// `consultationModes`: "inPerson" and/or "video", not empty, repeats dropped.
std::optional<std::vector<appointments::ConsultationMode>> read_consultation_modes(JsonInput& input);

}  // namespace medimeet::doctors
