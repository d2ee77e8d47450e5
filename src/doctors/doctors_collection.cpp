#include "doctors/doctors_collection.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <tuple>

#include "accounts/user.hpp"
#include "accounts/users_collection.hpp"
#include "common/field_problems.hpp"
#include "common/object_id.hpp"
#include "common/search_text.hpp"
#include "common/text.hpp"
#include "common/time_zone.hpp"
#include "doctors/doctor_json.hpp"
#include "doctors/specialties.hpp"
#include "storage/query.hpp"

namespace medimeet::doctors {
namespace {

constexpr std::size_t kMaxSpecialtyLength = 100;  // as a profile change allows
// Far above what a practice gathers in years; they bound the work one line of an import asks for.
constexpr std::size_t kMaxImportedReasons = 1000;
constexpr std::size_t kMaxImportedTimeOff = 10000;

// `document` without the fields `left_out`, in its order.
boost::json::object without(const boost::json::object& document, std::initializer_list<std::string_view> left_out) {
  boost::json::object kept;
  for (const auto& [key, value] : document) {
    if (std::find(left_out.begin(), left_out.end(), key) == left_out.end()) kept[key] = value;
  }
  return kept;
}

// A weekday as the original MediMeet may have written it: English or French, any case
// ("Monday", "lundi", "MARDI").
std::optional<Weekday> weekday_named(std::string_view text) {
  static constexpr std::array<std::string_view, 7> kFrench = {"lundi",    "mardi",  "mercredi", "jeudi",
                                                              "vendredi", "samedi", "dimanche"};
  const auto folded = fold_for_search(trim(text));
  if (auto day = weekday_from_string(folded)) return day;
  for (std::size_t i = 0; i < kFrench.size(); ++i) {
    if (folded == kFrench[i]) return static_cast<Weekday>(i);
  }
  return std::nullopt;
}

// "09:00", or "9:00" as the original app may have kept it.
std::optional<std::chrono::minutes> time_of_day(std::string_view text) {
  const auto trimmed = trim(text);
  return parse_time_of_day(trimmed.size() == 4 && trimmed[1] == ':' ? "0" + trimmed : trimmed);
}

std::optional<AvailabilityWindow> read_window(JsonInput& input) {
  // Mongoose gave each window an _id; nothing refers to one, and windows here have none.
  if (auto id = input.optional_string("_id"); id && !is_object_id(*id)) input.reject("_id", problems::not_an_id());
  const auto day_text = input.required_string("day");
  const auto start_text = input.required_string("startTime");
  const auto end_text = input.required_string("endTime");
  if (!input.ok()) return std::nullopt;
  const auto day = weekday_named(day_text);
  const auto start = time_of_day(start_text);
  const auto end = time_of_day(end_text);
  if (!day) input.reject("day", problems::one_of("monday, tuesday, ..., sunday", "must be a day of the week"));
  if (!start) input.reject("startTime", problems::not_a_time("09:00"));
  if (!end) input.reject("endTime", problems::not_a_time("17:30"));
  if (start && end && !(*start < *end)) input.reject("endTime", problems::must_be_after("startTime"));
  if (!input.ok()) return std::nullopt;
  return AvailabilityWindow{*day, *start, *end};
}

// Trimmed text of `min` to `max` characters; absent, null or blank is none (the original app
// left unset fields "").
std::optional<std::string> read_text(JsonInput& input, std::string_view field, std::size_t min, std::size_t max) {
  auto text = input.optional_string(field);
  if (!text) return std::nullopt;
  auto trimmed = trim(*text);
  if (trimmed.empty()) return std::nullopt;
  const auto length = utf8_length(trimmed);
  if (length < min || length > max) {
    const auto low = static_cast<long long>(min);
    const auto high = static_cast<long long>(max);
    input.reject(field, min > 0 ? problems::length_between(low, high) : problems::too_long(high));
    return std::nullopt;
  }
  return trimmed;
}

// The catalogue's code for the specialty named, or the text as written when the catalogue does
// not know it (migration 0009 kept such texts).
std::optional<std::string> read_specialty(JsonInput& input) {
  auto text = read_text(input, "specialty", 1, kMaxSpecialtyLength);
  if (!text) return std::nullopt;
  if (const auto* specialty = named_specialty(*text)) return std::string(specialty->code);
  return text;
}

// `price` in major units of `currency` (the instance's when absent, as for every fee the API
// takes); nullopt for none or when wrong.
std::optional<Money> read_money(JsonInput& input, const Currency& fallback) {
  const auto amount = read_fee(input).value_or(std::nullopt);
  const Currency* currency = &fallback;
  if (auto code = input.optional_string("currency")) {
    currency = find_currency(*code);
    if (currency == nullptr) {
      input.reject("currency", problems::one_of("ISO 4217", "must be a currency code this server knows, like \"EUR\""));
      return std::nullopt;
    }
  }
  if (!amount) return std::nullopt;
  auto money = Money::from_major_units(*amount, *currency);
  if (!money) input.reject("price", problems::too_many_decimals(currency->exponent));
  return money;
}

std::optional<VisitReason> read_visit_reason(JsonInput& input, const Doctor& doctor, const Currency& currency,
                                             kernel::ImportedIds& ids) {
  VisitReason reason;
  reason.id = kernel::read_document_id(input, kImportedVisitReasons, ids);
  reason.doctor_id = doctor.id;
  reason.name = trim(input.required_string("name"));
  if (input.has("name") && reason.name.empty()) input.reject("name", problems::empty());
  if (utf8_length(reason.name) > kMaxVisitReasonName) input.reject("name", problems::too_long(kMaxVisitReasonName));
  if (auto minutes = read_minutes(input, "durationMinutes")) {
    reason.duration_minutes = *minutes;
  } else if (!input.has("durationMinutes")) {
    input.reject("durationMinutes", problems::required());
  }
  reason.price = read_money(input, currency);
  reason.mode = default_mode(doctor);
  if (auto mode = input.optional_string("mode")) {
    if (auto known = appointments::consultation_mode_from_string(*mode)) {
      reason.mode = *known;
    } else {
      input.reject("mode", problems::one_of("inPerson, video", "must be \"inPerson\" or \"video\""));
    }
  }
  reason.new_patients = input.optional_bool("newPatients").value_or(true);
  reason.instructions = trim(input.optional_text("instructions", kMaxVisitReasonInstructions).value_or(""));
  reason.archived = input.optional_bool("archived").value_or(false);
  // An archived reason is booked no more: it may keep a mode the doctor gave up.
  if (!reason.archived && !offers(doctor, reason.mode)) input.reject("mode", problems::mode_not_offered());
  std::tie(reason.created_at, reason.updated_at) = kernel::read_timestamps(input, reason.id);
  return reason;
}

std::optional<TimeOff> read_time_off(JsonInput& input, const std::string& doctor_id, kernel::ImportedIds& ids) {
  TimeOff time_off;
  time_off.id = kernel::read_document_id(input, "doctors.timeOff", ids);
  time_off.doctor_id = doctor_id;
  const auto start = input.required_instant("start", "2026-12-24T00:00:00.000Z");
  const auto end = input.required_instant("end", "2026-12-27T00:00:00.000Z");
  if (start && end && !(*start < *end)) input.reject("end", problems::must_be_after("start"));
  time_off.start = start.value_or(TimePoint{});
  time_off.end = end.value_or(TimePoint{});
  time_off.reason = trim(input.optional_text("reason", 200).value_or(""));
  // A time off is never changed: its updated_at is its created_at.
  time_off.created_at = kernel::read_timestamps(input, time_off.id).first;
  return time_off;
}

}  // namespace

const ExtendedJsonShape& DoctorsCollection::shape() const {
  static const ExtendedJsonShape shape{
      {"_id", "visitReasons._id", "timeOff._id"},
      {"createdAt", "updatedAt", "visitReasons.createdAt", "visitReasons.updatedAt", "timeOff.start", "timeOff.end",
       "timeOff.createdAt"}};
  return shape;
}

void DoctorsCollection::export_documents(soci::session& sql, const kernel::DocumentWriter& write) const {
  storage::for_each_id(sql, "doctors", [&](const std::string& id) {
    const auto doctor = doctors_.find(sql, id);
    if (!doctor) return;
    auto document = without(doctor_to_json(*doctor, false), {"name", "title", "averageRating", "reviewCount"});
    if (document["address"].is_object()) document["address"] = without(document["address"].as_object(), {"line"});
    boost::json::array reasons;
    for (const auto& reason : visit_reasons_.all_of(sql, id)) {
      auto entry = without(visit_reason_to_json(reason), {"doctorId"});
      entry["archived"] = reason.archived;
      reasons.push_back(std::move(entry));
    }
    document["visitReasons"] = std::move(reasons);
    boost::json::array time_off;
    for (auto& off : doctors_.time_off_of(sql, id)) {
      time_off.push_back(without(time_off_to_json({std::move(off), {}}), {"bookings"}));
    }
    document["timeOff"] = std::move(time_off);
    write(document);
  });
}

kernel::DocumentInsert DoctorsCollection::import_document(JsonInput& document, kernel::ImportedIds& ids) {
  Doctor doctor;
  doctor.id = kernel::read_document_id(document, name(), ids);
  ids.require(document, "_id", accounts::users_with_role(access::Role::doctor), doctor.id);

  doctor.specialty = read_specialty(document);
  if (auto years = document.optional_integer("experience", 0, 80)) doctor.experience = static_cast<int>(*years);
  doctor.location = read_text(document, "location", 2, 200);
  if (auto windows = document.object_array("availability", kMaxWindows, "windows", read_window)) {
    doctor.availability = std::move(*windows);
    if (auto problem = availability_problem(doctor.availability)) document.reject("availability", *problem);
  }

  doctor.timezone = document.optional_string("timezone").value_or(settings_.default_timezone);
  if (find_time_zone(doctor.timezone) == nullptr) document.reject("timezone", problems::invalid_timezone());
  if (auto minutes = read_minutes(document, "consultationMinutes")) doctor.consultation_minutes = *minutes;
  doctor.price = read_money(document, *settings_.currency);
  doctor.about = document.patch_text("about", 0, 2000).value_or(std::nullopt);
  if (auto address = document.optional_object("address")) doctor.address = parse_address(document, std::move(*address));
  if (auto phone = read_text(document, "phone", 1, 20)) {
    doctor.phone = accounts::international_phone(*phone);
    if (!accounts::is_valid_e164(*doctor.phone)) document.reject("phone", problems::invalid_phone());
  }
  doctor.access_notes = read_text(document, "accessNotes", 0, kMaxAccessNotes);
  if (auto languages = read_languages(document)) doctor.languages = std::move(*languages);
  if (auto modes = read_consultation_modes(document); modes && !modes->empty()) {
    doctor.consultation_modes = std::move(*modes);
  }
  doctor.rpps_number = read_text(document, "rppsNumber", 11, 11);
  if (doctor.rpps_number && !is_rpps_number(*doctor.rpps_number)) {
    document.reject("rppsNumber", problems::not_an_rpps_number());
  }
  if (auto prepayment = document.optional_string("prepayment")) {
    if (auto known = prepayment_from_string(*prepayment)) {
      doctor.prepayment = *known;
    } else {
      document.reject("prepayment", problems::one_of("none, video, all"));
    }
  }
  // Kept even where no payment method is set up yet (the import command has none): such a server
  // asks for no prepayment (PaymentService::open_for) until one is.
  if (doctor.prepayment != Prepayment::none && !doctor.price && !document.has("price")) {
    document.reject("prepayment", problems::needs_price());
  }

  const auto& currency = *settings_.currency;
  auto reasons = document.object_array("visitReasons", kMaxImportedReasons, "visit reasons", [&](JsonInput& element) {
    return read_visit_reason(element, doctor, currency, ids);
  });
  if (reasons) {
    const auto offered =
        std::count_if(reasons->begin(), reasons->end(), [](const VisitReason& reason) { return !reason.archived; });
    if (offered > static_cast<std::ptrdiff_t>(kMaxVisitReasons)) {
      document.reject("visitReasons", problems::too_many_items(static_cast<long long>(kMaxVisitReasons),
                                                               "visit reasons that are not archived"));
    }
  }
  auto time_off = document.object_array("timeOff", kMaxImportedTimeOff, "periods", [&](JsonInput& element) {
    return read_time_off(element, doctor.id, ids);
  });

  std::tie(doctor.created_at, doctor.updated_at) = kernel::read_timestamps(document, doctor.id);
  return [this, doctor, reasons = reasons.value_or(std::vector<VisitReason>{}),
          time_off = time_off.value_or(std::vector<TimeOff>{})](storage::Transaction& transaction) {
    doctors_.restore(transaction, doctor);
    for (const auto& reason : reasons) visit_reasons_.insert(transaction, reason);
    for (const auto& off : time_off) doctors_.insert_time_off(transaction, off);
  };
}

}  // namespace medimeet::doctors
