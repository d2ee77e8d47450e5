#include "doctors/doctor_service.hpp"

#include "common/error.hpp"
#include "common/object_id.hpp"

namespace medimeet::doctors {
namespace {

// How far ahead the "next free slot" of a listing is looked for: nine weeks, a week at a time.
constexpr int kNextSlotChunkDays = 7;
constexpr int kNextSlotHorizonDays = 9 * kNextSlotChunkDays;

AppError unknown_doctor() { return AppError::not_found("The doctor"); }

// Time zones are validated when set; UTC stands in should the zone database lose one.
const date::time_zone* zone_of(const Doctor& doctor) {
  const auto* zone = find_time_zone(doctor.timezone);
  return zone != nullptr ? zone : find_time_zone("UTC");
}

date::local_days today_in(const date::time_zone* zone, TimePoint now) {
  return date::floor<date::days>(zone->to_local(now));
}

}  // namespace

DoctorService::DoctorService(storage::Database& database, const Clock& clock,
                             const appointments::AppointmentService& appointments,
                             DoctorSettings settings)
    : database_(database), clock_(clock), appointments_(appointments), settings_(std::move(settings)) {}

void DoctorService::create_profile(soci::session& sql, const std::string& user_id,
                                   TimePoint now) const {
  doctors_.insert(sql, user_id, settings_.default_timezone, now);
}

Doctor DoctorService::get(const std::string& doctor_id) {
  auto doctor = database_.read([&](soci::session& sql) { return doctors_.find(sql, doctor_id); });
  if (!doctor) throw unknown_doctor();
  return *doctor;
}

Doctor DoctorService::update(const std::string& doctor_id, const DoctorChanges& changes) {
  if (changes.timezone && find_time_zone(*changes.timezone) == nullptr) {
    throw AppError::field("timezone", "is not a known IANA time zone, like Europe/Paris");
  }
  if (changes.availability) {
    if (auto problem = availability_problem(*changes.availability)) {
      throw AppError::field("availability", *problem);
    }
  }
  const auto now = clock_.now();
  return database_.write([&](soci::session& sql) {
    auto doctor = doctors_.find(sql, doctor_id);
    if (!doctor) throw unknown_doctor();
    if (changes.specialty) doctor->specialty = *changes.specialty;
    if (changes.experience) doctor->experience = *changes.experience;
    if (changes.location) doctor->location = *changes.location;
    if (changes.timezone) doctor->timezone = *changes.timezone;
    if (changes.consultation_minutes) doctor->consultation_minutes = *changes.consultation_minutes;
    if (changes.price) doctor->price = *changes.price;
    if (changes.about) doctor->about = *changes.about;
    if (changes.availability) doctor->availability = *changes.availability;
    doctor->updated_at = now;
    doctors_.update(sql, *doctor);
    return *doctor;
  });
}

TimeOff DoctorService::add_time_off(const std::string& doctor_id, TimePoint start, TimePoint end,
                                    const std::string& reason) {
  if (!(start < end)) throw AppError::field("end", "must be after start");
  const auto now = clock_.now();
  TimeOff time_off{new_object_id(now), doctor_id, start, end, reason, now};
  database_.write([&](soci::session& sql) { doctors_.insert_time_off(sql, time_off); });
  return time_off;
}

std::vector<TimeOff> DoctorService::time_off(const std::string& doctor_id) {
  return database_.read([&](soci::session& sql) { return doctors_.time_off_of(sql, doctor_id); });
}

void DoctorService::remove_time_off(const std::string& doctor_id, const std::string& time_off_id) {
  const bool removed = database_.write(
      [&](soci::session& sql) { return doctors_.remove_time_off(sql, doctor_id, time_off_id); });
  if (!removed) throw AppError::not_found("The time off");
}

std::vector<Slot> DoctorService::free_slots_of(soci::session& sql, const Doctor& doctor,
                                               date::local_days first, date::local_days last,
                                               TimePoint now) {
  const auto* zone = zone_of(doctor);
  const auto span = local_days_span(zone, first, last);
  SlotRequest request{zone,  doctor.availability, std::chrono::minutes(doctor.consultation_minutes),
                      first, last,                {}, now + settings_.minimum_notice};
  for (const auto& taken : appointments_.taken(sql, {doctor.id}, span.start, span.end)) {
    request.busy.push_back({taken.start, taken.end});
  }
  for (const auto& off : doctors_.time_off_between(sql, doctor.id, span.start, span.end)) {
    request.busy.push_back({off.start, off.end});
  }
  return free_slots(request);
}

std::optional<Slot> DoctorService::next_slot_of(soci::session& sql, const Doctor& doctor,
                                                TimePoint now) {
  if (doctor.availability.empty()) return std::nullopt;
  const auto first = today_in(zone_of(doctor), now);
  for (int day = 0; day < kNextSlotHorizonDays; day += kNextSlotChunkDays) {
    const auto from = first + date::days(day);
    auto slots = free_slots_of(sql, doctor, from, from + date::days(kNextSlotChunkDays - 1), now);
    if (!slots.empty()) return slots.front();
  }
  return std::nullopt;
}

DoctorPage DoctorService::search(const DoctorSearch& search) {
  const int limit = std::clamp(search.limit, 1, kMaxPageSize);
  const int page = std::max(1, search.page);
  const int offset = (page - 1) * limit;
  const auto now = clock_.now();
  return database_.read([&](soci::session& sql) {
    DoctorPage result;
    if (!search.available_on) {
      result.total = doctors_.count(sql, search.filter);
      for (auto& doctor : doctors_.search(sql, search.filter, search.order, limit, offset)) {
        auto next = next_slot_of(sql, doctor, now);
        result.doctors.push_back({std::move(doctor), std::move(next)});
      }
      return result;
    }
    // Free slots are computed, not stored: every candidate working that weekday is checked.
    auto filter = search.filter;
    filter.works_on = weekday_of(*search.available_on);
    for (auto& doctor : doctors_.search(sql, filter, search.order, 0, 0)) {
      auto slots = free_slots_of(sql, doctor, *search.available_on, *search.available_on, now);
      if (slots.empty()) continue;
      if (result.total >= offset && result.total < offset + limit) {
        result.doctors.push_back({std::move(doctor), slots.front()});
      }
      ++result.total;
    }
    return result;
  });
}

DoctorListing DoctorService::get_listed(const std::string& doctor_id) {
  const auto now = clock_.now();
  return database_.read([&](soci::session& sql) {
    auto doctor = doctors_.find(sql, doctor_id);
    if (!doctor || !is_complete(*doctor)) throw unknown_doctor();
    auto next = next_slot_of(sql, *doctor, now);
    return DoctorListing{std::move(*doctor), std::move(next)};
  });
}

std::vector<std::pair<std::string, long long>> DoctorService::specialties() {
  return database_.read([&](soci::session& sql) { return doctors_.specialties(sql); });
}

std::vector<DoctorListing> DoctorService::popular(int limit) {
  const auto now = clock_.now();
  return database_.read([&](soci::session& sql) {
    std::vector<DoctorListing> result;
    for (auto& doctor : doctors_.most_booked(sql, now - std::chrono::days(90), std::clamp(limit, 1, kMaxPageSize))) {
      auto next = next_slot_of(sql, doctor, now);
      result.push_back({std::move(doctor), std::move(next)});
    }
    return result;
  });
}

DoctorSlots DoctorService::slots(const std::string& doctor_id,
                                 std::optional<date::local_days> from,
                                 std::optional<date::local_days> to) {
  const auto now = clock_.now();
  return database_.read([&](soci::session& sql) {
    auto doctor = doctors_.find(sql, doctor_id);
    if (!doctor || !is_complete(*doctor)) throw unknown_doctor();
    const auto first = from.value_or(today_in(zone_of(*doctor), now));
    const auto last = to.value_or(first + date::days(6));
    if (last < first) throw AppError::field("to", "must not be before from");
    if (last - first >= date::days(kMaxSlotDays)) {
      throw AppError::field("to", "must be at most " + std::to_string(kMaxSlotDays - 1) +
                                      " days after from");
    }
    return DoctorSlots{doctor->id, doctor->timezone, free_slots_of(sql, *doctor, first, last, now)};
  });
}

}  // namespace medimeet::doctors
