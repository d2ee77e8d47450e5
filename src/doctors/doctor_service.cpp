#include "doctors/doctor_service.hpp"

#include "common/error.hpp"
#include "common/field_problems.hpp"
#include "common/object_id.hpp"
#include "common/text.hpp"
#include "doctors/listing_keys.hpp"

namespace medimeet::doctors {
namespace {

AppError unknown_doctor() { return AppError::not_found("The doctor"); }

}  // namespace

DoctorService::DoctorService(storage::Database& database, const Clock& clock,
                             const appointments::AppointmentService& appointments,
                             DoctorSettings settings)
    : database_(database),
      clock_(clock),
      appointments_(appointments),
      settings_(std::move(settings)),
      finder_(appointments, settings_.minimum_notice) {}

void DoctorService::create_profile(soci::session& sql, const std::string& user_id,
                                   TimePoint now) const {
  doctors_.insert(sql, user_id, settings_.default_timezone, now);
}

Doctor DoctorService::get(const std::string& doctor_id) {
  return database_.read([&](soci::session& sql) { return get(sql, doctor_id); });
}

Doctor DoctorService::get(soci::session& sql, const std::string& doctor_id) const {
  auto doctor = doctors_.find(sql, doctor_id);
  if (!doctor) throw unknown_doctor();
  return *doctor;
}

std::optional<Money> DoctorService::fee(const std::optional<double>& amount) const {
  if (!amount) return std::nullopt;
  auto money = Money::from_major_units(*amount, *settings_.currency);
  if (!money) throw AppError::field("price", problems::too_many_decimals(settings_.currency->exponent));
  return money;
}

Doctor DoctorService::update(const std::string& doctor_id, const DoctorChanges& changes) {
  if (changes.timezone && find_time_zone(*changes.timezone) == nullptr) {
    throw AppError::field("timezone", problems::invalid_timezone());
  }
  if (changes.availability) {
    if (auto problem = availability_problem(*changes.availability)) {
      throw AppError::field("availability", *problem);
    }
  }
  const auto now = clock_.now();
  return database_.write([&](soci::session& sql) {
    lock_schedule(sql, doctor_id);
    auto doctor = doctors_.find(sql, doctor_id);
    if (!doctor) throw unknown_doctor();
    if (changes.specialty) doctor->specialty = *changes.specialty;
    if (changes.experience) doctor->experience = *changes.experience;
    if (changes.location) doctor->location = *changes.location;
    if (changes.timezone) doctor->timezone = *changes.timezone;
    if (changes.consultation_minutes) doctor->consultation_minutes = *changes.consultation_minutes;
    if (changes.price) doctor->price = fee(*changes.price);
    if (changes.about) doctor->about = *changes.about;
    if (changes.address) {
      doctor->address = *changes.address;
      // The seed's location says where the doctor practises: the city, unless they wrote one.
      if (doctor->address && !doctor->location) doctor->location = doctor->address->city;
    }
    if (changes.phone) doctor->phone = *changes.phone;
    if (changes.access_notes) doctor->access_notes = *changes.access_notes;
    if (changes.languages) doctor->languages = *changes.languages;
    if (changes.rpps_number) doctor->rpps_number = *changes.rpps_number;
    if (changes.consultation_modes) {
      doctor->consultation_modes = *changes.consultation_modes;
      // A visit reason keeps its mode: the doctor changes or archives it first.
      for (const auto& reason : visit_reasons_.active(sql, doctor_id)) {
        if (!offers(*doctor, reason.mode)) {
          throw AppError::field("consultationModes",
                                problems::needed_by_visit_reason(std::string(appointments::to_string(reason.mode)), reason.name));
        }
      }
    }
    if (changes.prepayment) doctor->prepayment = *changes.prepayment;
    if (doctor->prepayment != Prepayment::none) {
      if (!settings_.payments_available) throw AppError::field("prepayment", problems::payments_unavailable());
      if (!doctor->price) throw AppError::field("prepayment", problems::needs_price());
    }
    if (changes.availability) doctor->availability = *changes.availability;
    doctor->updated_at = now;
    doctors_.update(sql, *doctor);
    finder_.rebuild(sql, *doctor, now);
    return *doctor;
  });
}

TimeOffWithBookings DoctorService::add_time_off(const std::string& doctor_id, TimePoint start, TimePoint end,
                                                const std::string& reason) {
  if (!(start < end)) throw AppError::field("end", problems::must_be_after("start"));
  const auto now = clock_.now();
  TimeOff time_off{new_object_id(now), doctor_id, start, end, reason, now};
  return database_.write([&](soci::session& sql) {
    lock_schedule(sql, doctor_id);
    doctors_.insert_time_off(sql, time_off);
    schedule_changed(sql, doctor_id);
    return TimeOffWithBookings{time_off, appointments_.confirmed_during(sql, doctor_id, start, end)};
  });
}

std::vector<TimeOffWithBookings> DoctorService::time_off(const std::string& doctor_id) {
  return database_.read([&](soci::session& sql) {
    std::vector<TimeOffWithBookings> result;
    for (auto& off : doctors_.time_off_of(sql, doctor_id)) {
      auto bookings = appointments_.confirmed_during(sql, doctor_id, off.start, off.end);
      result.push_back({std::move(off), std::move(bookings)});
    }
    return result;
  });
}

TimeOff DoctorService::get_time_off(soci::session& sql, const std::string& doctor_id,
                                    const std::string& time_off_id) const {
  for (auto& off : doctors_.time_off_of(sql, doctor_id)) {
    if (off.id == time_off_id) return off;
  }
  throw AppError::not_found("The time off");
}

void DoctorService::remove_time_off(const std::string& doctor_id, const std::string& time_off_id) {
  database_.write([&](soci::session& sql) {
    lock_schedule(sql, doctor_id);
    get_time_off(sql, doctor_id, time_off_id);  // 404 when the doctor has none with this id
    doctors_.remove_time_off(sql, doctor_id, time_off_id);
    schedule_changed(sql, doctor_id);
  });
}

void DoctorService::lock_schedule(soci::session& sql, const std::string& doctor_id) const {
  doctors_.lock(sql, doctor_id);
}

void DoctorService::schedule_changed(soci::session& sql, const Doctor& doctor) const {
  finder_.rebuild(sql, doctor, clock_.now());
}

std::optional<FreeDaysRange> DoctorService::free_days_before_change(soci::session& sql, const Doctor& doctor) const {
  return finder_.current_range(sql, doctor, clock_.now());
}

void DoctorService::schedule_changed_within(soci::session& sql, const Doctor& doctor, BusyInterval changed,
                                            const std::optional<FreeDaysRange>& before) const {
  finder_.rebuild_after(sql, doctor, clock_.now(), changed, before);
}

void DoctorService::schedule_changed(soci::session& sql, const std::string& doctor_id) const {
  if (auto doctor = doctors_.find(sql, doctor_id)) schedule_changed(sql, *doctor);
}

int DoctorService::renew_free_days(int limit) {
  const auto now = clock_.now();
  return database_.write([&](soci::session& sql) {
    const auto stale = free_days_.stale(sql, to_epoch_ms(now), limit);
    for (const auto& id : stale) {
      lock_schedule(sql, id);
      if (auto doctor = doctors_.find(sql, id)) finder_.rebuild(sql, *doctor, now);
    }
    return static_cast<int>(stale.size());
  });
}

long long DoctorService::listing_generation() {
  return database_.read([&](soci::session& sql) { return doctors_.listing_generation(sql); });
}

DoctorPage DoctorService::search(const DoctorSearch& search) {
  const auto paging = search.paging.within(kMaxPageSize);
  const int limit = paging.limit;
  const int offset = paging.offset();
  const auto now = clock_.now();
  return database_.read([&](soci::session& sql) {
    auto filter = search.filter;
    if (search.available_on) {
      const auto day = format_day(*search.available_on);
      filter.works_on = weekday_of(*search.available_on);
      auto unknown = filter;
      unknown.free_days_unknown_on = day;
      if (doctors_.count(sql, unknown) > 0) return search_computing_free_days(sql, search, limit, offset, now);
      // A kept free day is on a day the doctor works: no need to look at their hours as well.
      filter.works_on.reset();
      filter.free_on = FreeOn{day, to_epoch_ms(now + settings_.minimum_notice)};
    }
    auto found = matches(sql, search, filter, limit, offset, now);
    DoctorPage result;
    result.total = found.total;
    auto next = finder_.next_slots(sql, found.doctors, now);
    result.valid_until = std::min(finder_.valid_until(found.doctors, next, now), found.valid_until);
    for (std::size_t i = 0; i < found.doctors.size(); ++i) {
      result.doctors.push_back({std::move(found.doctors[i]), std::move(next[i])});
    }
    return result;
  });
}

DoctorService::Matches DoctorService::matches(soci::session& sql, const DoctorSearch& search,
                                              const DoctorFilter& filter, int limit, int offset, TimePoint now) {
  const auto key = search_key(search);
  // Read before the doctors: a change committed meanwhile makes what is kept unusable at once.
  const auto generations =
      doctors_.directory_generations(sql, filter.free_on ? std::optional(filter.free_on->day) : std::nullopt);
  if (auto page = directory_.find(key, generations, now)) {
    Matches kept{page->total, {}, page->valid_until};
    if (!page->doctor_ids.empty()) {
      DoctorFilter listed;
      listed.ids = std::move(page->doctor_ids);
      kept.doctors = doctors_.search(sql, listed, search.order, 0, 0);
    }
    return kept;
  }
  Matches made;
  if (filter.free_on) {
    const auto free = doctors_.count_free(sql, filter);
    made.total = free.total;
    // A doctor counted leaves the results once their last free slot that day comes too near.
    if (free.last_free) made.valid_until = from_epoch_ms(*free.last_free) - settings_.minimum_notice;
  } else {
    made.total = doctors_.count(sql, filter);
  }
  made.doctors = doctors_.search(sql, filter, search.order, limit, offset);
  DirectoryPage page{made.total, {}, made.valid_until};
  for (const auto& doctor : made.doctors) page.doctor_ids.push_back(doctor.id);
  directory_.store(key, generations, std::move(page));
  return made;
}

DoctorPage DoctorService::search_computing_free_days(soci::session& sql, const DoctorSearch& search, int limit,
                                                     int offset, TimePoint now) const {
  DoctorPage result;
  result.valid_until = TimePoint::min();  // computed afresh each time: nothing kept says when it changes
  std::vector<Doctor> found;
  auto filter = search.filter;
  filter.works_on = weekday_of(*search.available_on);
  const auto candidates = doctors_.search(sql, filter, search.order, 0, 0);
  // Every zone's version of that day lies within a day and a half of its UTC midnight.
  const auto midnight = TimePoint(date::sys_days(search.available_on->time_since_epoch()));
  const auto earliest = now + settings_.minimum_notice;
  constexpr std::size_t kBatch = 500;
  for (std::size_t start = 0; start < candidates.size(); start += kBatch) {
    std::vector<const Doctor*> batch;
    for (std::size_t i = start; i < std::min(start + kBatch, candidates.size()); ++i) batch.push_back(&candidates[i]);
    const auto busy = finder_.busy_of(sql, batch, midnight - std::chrono::hours(15), midnight + std::chrono::hours(39));
    for (const auto* doctor : batch) {
      if (finder_.free_slots_of(*doctor, *search.available_on, *search.available_on, earliest, busy).empty()) continue;
      if (result.total >= offset && result.total < offset + limit) found.push_back(*doctor);
      ++result.total;
    }
  }
  auto next = finder_.next_slots(sql, found, now);
  for (std::size_t i = 0; i < found.size(); ++i) result.doctors.push_back({std::move(found[i]), std::move(next[i])});
  return result;
}

std::optional<Doctor> DoctorService::find_listed(soci::session& sql,
                                                 const std::string& doctor_id) const {
  auto doctor = doctors_.find(sql, doctor_id);
  if (!doctor || !is_complete(*doctor)) return std::nullopt;
  return doctor;
}

BusyInterval DoctorService::local_day_around(const Doctor& doctor, TimePoint instant) const {
  const auto day = date::floor<date::days>(zone_of(doctor)->to_local(instant));
  return local_days_span(zone_of(doctor), day, day);
}

bool DoctorService::is_free_slot(soci::session& sql, const Doctor& doctor, TimePoint start,
                                 TimePoint earliest_start, const VisitReason* reason) {
  const auto day = date::floor<date::days>(zone_of(doctor)->to_local(start));
  const auto span = local_days_span(zone_of(doctor), day, day);
  const auto busy = finder_.busy_of(sql, {&doctor}, span.start, span.end);
  const auto slots = finder_.free_slots_of(doctor, day, day, earliest_start, busy, reason);
  return std::any_of(slots.begin(), slots.end(), [&](const Slot& slot) { return slot.start == start; });
}

DoctorListing DoctorService::get_listed(const std::string& doctor_id) {
  const auto now = clock_.now();
  return database_.read([&](soci::session& sql) {
    auto doctor = find_listed(sql, doctor_id);
    if (!doctor) throw unknown_doctor();
    std::vector<Doctor> one{std::move(*doctor)};
    auto next = finder_.next_slots(sql, one, now);
    return DoctorListing{std::move(one.front()), std::move(next.front())};
  });
}

std::vector<std::pair<std::string, long long>> DoctorService::specialties() {
  return database_.read([&](soci::session& sql) { return doctors_.specialties(sql); });
}

std::vector<DoctorListing> DoctorService::popular(int limit) {
  const auto now = clock_.now();
  return database_.read([&](soci::session& sql) {
    auto doctors = doctors_.most_booked(sql, now - std::chrono::days(90), std::clamp(limit, 1, kMaxPageSize));
    auto next = finder_.next_slots(sql, doctors, now);
    std::vector<DoctorListing> result;
    for (std::size_t i = 0; i < doctors.size(); ++i) {
      result.push_back({std::move(doctors[i]), std::move(next[i])});
    }
    return result;
  });
}

DoctorSlots DoctorService::slots(const std::string& doctor_id,
                                 std::optional<date::local_days> from,
                                 std::optional<date::local_days> to, const std::optional<std::string>& reason_id) {
  const auto now = clock_.now();
  return database_.read([&](soci::session& sql) {
    auto doctor = find_listed(sql, doctor_id);
    if (!doctor) throw unknown_doctor();
    std::optional<VisitReason> reason;
    if (reason_id) {
      reason = visit_reasons_.find(sql, doctor->id, *reason_id);
      if (!reason) throw AppError::not_found("The visit reason");
    }
    const auto first = from.value_or(SlotFinder::today_of(*doctor, now));
    const auto last = to.value_or(first + date::days(6));
    if (last < first) throw AppError::field("to", problems::must_not_be_before("from"));
    if (last - first >= date::days(kMaxSlotDays)) {
      throw AppError::field("to", problems::too_many_days_after(kMaxSlotDays - 1, "from"));
    }
    const auto span = local_days_span(zone_of(*doctor), first, last);
    const auto busy = finder_.busy_of(sql, {&*doctor}, span.start, span.end);
    DoctorSlots result{doctor->id, doctor->timezone,
                       finder_.free_slots_of(*doctor, first, last, now + settings_.minimum_notice, busy,
                                             reason ? &*reason : nullptr)};
    // The first slot goes once it comes too near; a default range starts over at midnight.
    if (!result.slots.empty()) result.valid_until = result.slots.front().start - settings_.minimum_notice;
    if (!from) {
      result.valid_until = std::min(result.valid_until, SlotFinder::next_midnight(*doctor, now) - std::chrono::milliseconds(1));
    }
    return result;
  });
}

std::vector<VisitReason> DoctorService::listed_visit_reasons(const std::string& doctor_id) {
  return database_.read([&](soci::session& sql) {
    if (!find_listed(sql, doctor_id)) throw unknown_doctor();
    return visit_reasons_.active(sql, doctor_id);
  });
}

std::vector<VisitReason> DoctorService::visit_reasons(const std::string& doctor_id) {
  return database_.read([&](soci::session& sql) { return visit_reasons_.active(sql, doctor_id); });
}

void DoctorService::apply(VisitReason& reason, const VisitReasonChanges& changes) const {
  FieldErrors errors;
  if (changes.name) reason.name = trim(*changes.name);
  if (changes.name && reason.name.empty()) errors.emplace("name", problems::required());
  if (changes.duration_minutes) reason.duration_minutes = *changes.duration_minutes;
  if (changes.mode) reason.mode = *changes.mode;
  if (changes.new_patients) reason.new_patients = *changes.new_patients;
  if (changes.instructions) reason.instructions = trim(*changes.instructions);
  if (changes.price) {
    if (!*changes.price) {
      reason.price = std::nullopt;
    } else if (auto money = Money::from_major_units(**changes.price, *settings_.currency)) {
      reason.price = money;
    } else {
      errors.emplace("price", problems::too_many_decimals(settings_.currency->exponent));
    }
  }
  if (!errors.empty()) throw AppError::validation(std::move(errors));
}

void DoctorService::check_mode_offered(const Doctor& doctor, const VisitReason& reason) const {
  if (!offers(doctor, reason.mode)) throw AppError::field("mode", problems::mode_not_offered());
}

VisitReason DoctorService::add_visit_reason(const std::string& doctor_id, const VisitReasonChanges& changes) {
  FieldErrors missing;
  if (!changes.name) missing.emplace("name", problems::required());
  if (!changes.duration_minutes) missing.emplace("durationMinutes", problems::required());
  if (!missing.empty()) throw AppError::validation(std::move(missing));
  const auto now = clock_.now();
  VisitReason reason;
  reason.id = new_object_id(now);
  reason.doctor_id = doctor_id;
  reason.created_at = reason.updated_at = now;
  apply(reason, changes);
  database_.write([&](soci::session& sql) {
    const auto doctor = get(sql, doctor_id);
    if (!changes.mode) reason.mode = default_mode(doctor);
    check_mode_offered(doctor, reason);
    if (visit_reasons_.active(sql, doctor_id).size() >= kMaxVisitReasons) {
      throw AppError::conflict("too_many_visit_reasons",
                               "A doctor offers at most " + std::to_string(kMaxVisitReasons) + " visit reasons.");
    }
    visit_reasons_.insert(sql, reason);
  });
  return reason;
}

VisitReason DoctorService::update_visit_reason(const std::string& doctor_id, const std::string& reason_id,
                                               const VisitReasonChanges& changes) {
  const auto now = clock_.now();
  return database_.write([&](soci::session& sql) {
    auto reason = visit_reasons_.find(sql, doctor_id, reason_id);
    if (!reason || reason->archived) throw AppError::not_found("The visit reason");
    apply(*reason, changes);
    if (changes.mode) check_mode_offered(get(sql, doctor_id), *reason);
    reason->updated_at = now;
    visit_reasons_.update(sql, *reason);
    return *reason;
  });
}

void DoctorService::archive_visit_reason(const std::string& doctor_id, const std::string& reason_id) {
  const auto now = clock_.now();
  database_.write([&](soci::session& sql) {
    auto reason = visit_reasons_.find(sql, doctor_id, reason_id);
    if (!reason || reason->archived) throw AppError::not_found("The visit reason");
    reason->archived = true;
    reason->updated_at = now;
    visit_reasons_.update(sql, *reason);
  });
}

std::vector<VisitReason> DoctorService::active_visit_reasons(soci::session& sql, const std::string& doctor_id) const {
  return visit_reasons_.active(sql, doctor_id);
}

std::optional<VisitReason> DoctorService::find_visit_reason(soci::session& sql, const std::string& doctor_id,
                                                            const std::string& reason_id) const {
  return visit_reasons_.find(sql, doctor_id, reason_id);
}

}  // namespace medimeet::doctors
