#include "doctors/doctor_repository.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <limits>
#include <map>

#include "common/search_text.hpp"
#include "storage/address_columns.hpp"
#include "storage/database.hpp"
#include "storage/kept_statements.hpp"
#include "storage/money_columns.hpp"
#include "storage/optional_binding.hpp"
#include "storage/query.hpp"

namespace medimeet::doctors {
namespace {

constexpr const char* kSelect =
    "SELECT doctors.id, users.name, doctors.specialty, doctors.experience, doctors.location, "
    "doctors.timezone, doctors.consultation_minutes, doctors.price_minor, doctors.currency, doctors.about, "
    "doctors.average_rating, doctors.review_count, doctors.created_at, doctors.updated_at, "
    "doctors.street, doctors.postcode, doctors.city, doctors.country, doctors.phone, doctors.access_notes, "
    "doctors.languages, doctors.consultation_modes, doctors.rpps_number, doctors.prepayment FROM doctors JOIN users "
    "ON users.id = doctors.id ";

// The languages column: ISO 639-1 codes separated by commas.
std::vector<std::string> split_languages(const std::string& column) {
  std::vector<std::string> codes;
  std::size_t start = 0;
  while (start < column.size()) {
    auto end = column.find(',', start);
    if (end == std::string::npos) end = column.size();
    if (end > start) codes.push_back(column.substr(start, end - start));
    start = end + 1;
  }
  return codes;
}

std::string join_languages(const std::vector<std::string>& codes) {
  std::string column;
  for (const auto& code : codes) column += (column.empty() ? "" : ",") + code;
  return column;
}

// The consultation_modes column: the modes' names separated by commas, like languages.
std::vector<appointments::ConsultationMode> split_modes(const std::string& column) {
  std::vector<appointments::ConsultationMode> modes;
  for (const auto& name : split_languages(column)) {
    if (auto mode = appointments::consultation_mode_from_string(name)) modes.push_back(*mode);
  }
  if (modes.empty()) modes.push_back(appointments::ConsultationMode::in_person);
  return modes;
}

std::string join_modes(const std::vector<appointments::ConsultationMode>& modes) {
  std::vector<std::string> names;
  for (auto mode : modes) names.emplace_back(appointments::to_string(mode));
  return join_languages(names);
}

// What a location search looks in: the free-text location, the postcode and the city.
std::optional<std::string> location_search_text(const Doctor& doctor) {
  std::string text = doctor.location.value_or("");
  if (doctor.address) text += " " + doctor.address->postcode + " " + doctor.address->city;
  auto folded = fold_for_search(text);
  if (folded.empty()) return std::nullopt;
  return folded;
}

// Runs a query that starts with kSelect.
std::vector<Doctor> select_doctors(soci::session& sql, const storage::Query& query) {
  Doctor row;
  std::optional<int> experience;
  storage::MoneyColumns price;
  long long created_at = 0;
  long long updated_at = 0;
  storage::AddressColumns address;
  std::string languages;
  std::string modes;
  std::string prepayment;
  storage::KeptStatement statement(sql, query.text());
  statement->exchange(soci::into(row.id));
  statement->exchange(soci::into(row.name));
  statement->exchange(soci::into(row.specialty));
  statement->exchange(soci::into(experience));
  statement->exchange(soci::into(row.location));
  statement->exchange(soci::into(row.timezone));
  statement->exchange(soci::into(row.consultation_minutes));
  statement->exchange(soci::into(price.minor_units));
  statement->exchange(soci::into(price.currency));
  statement->exchange(soci::into(row.about));
  statement->exchange(soci::into(row.average_rating));
  statement->exchange(soci::into(row.review_count));
  statement->exchange(soci::into(created_at));
  statement->exchange(soci::into(updated_at));
  storage::exchange_into(*statement, address);
  statement->exchange(soci::into(row.phone));
  statement->exchange(soci::into(row.access_notes));
  statement->exchange(soci::into(languages));
  statement->exchange(soci::into(modes));
  statement->exchange(soci::into(row.rpps_number));
  statement->exchange(soci::into(prepayment));
  query.bind_to(*statement);
  std::vector<Doctor> doctors;
  if (!statement->execute(true)) return doctors;
  do {
    Doctor doctor = row;
    doctor.experience = experience;
    doctor.price = storage::money_from_columns(price);
    doctor.created_at = from_epoch_ms(created_at);
    doctor.updated_at = from_epoch_ms(updated_at);
    doctor.address = storage::address_from_columns(address);
    doctor.languages = split_languages(languages);
    doctor.consultation_modes = split_modes(modes);
    doctor.prepayment = prepayment_from_string(prepayment).value_or(Prepayment::none);
    doctors.push_back(std::move(doctor));
  } while (statement->fetch());
  return doctors;
}

// Loads the weekly windows of all `doctors` in one query.
void attach_availability(soci::session& sql, std::vector<Doctor>& doctors) {
  if (doctors.empty()) return;
  std::map<std::string, Doctor*> by_id;
  std::vector<std::string> ids;
  for (auto& doctor : doctors) {
    by_id.emplace(doctor.id, &doctor);
    ids.push_back(doctor.id);
  }
  std::string doctor_id;
  std::string day;
  std::string start;
  std::string end;
  storage::Query query("SELECT doctor_id, day, start_time, end_time FROM doctor_availability WHERE doctor_id IN (");
  query.bind_list(ids).append(") ORDER BY doctor_id, ordinal");
  storage::KeptStatement statement(sql, query.text());
  statement->exchange(soci::into(doctor_id));
  statement->exchange(soci::into(day));
  statement->exchange(soci::into(start));
  statement->exchange(soci::into(end));
  query.bind_to(*statement);
  if (!statement->execute(true)) return;
  do {
    auto weekday = weekday_from_string(day);
    auto from = parse_time_of_day(start);
    auto to = parse_time_of_day(end);
    if (weekday && from && to) by_id.at(doctor_id)->availability.push_back({*weekday, *from, *to});
  } while (statement->fetch());
}

// How many characters (code points) of UTF-8 `text` has.
std::size_t character_count(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// An FTS5 string literal: the text in double quotes, its own doubled.
std::string fts_string(std::string_view text) {
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted.push_back('"');
    quoted.push_back(c);
  }
  return quoted + "\"";
}

// Text contained in a folded column. SQLite: through the FTS5 trigram table, which finds any run
// of three characters or more (a shorter term reads the column of every doctor); PostgreSQL:
// LIKE, which the pg_trgm GIN index serves.
void append_contains(storage::Query& query, storage::Backend backend, const char* column,
                     const std::string& term) {
  constexpr std::size_t kTrigram = 3;
  if (backend == storage::Backend::sqlite && character_count(term) >= kTrigram) {
    query.append(" AND doctors.search_rowid IN (SELECT rowid FROM doctor_search_text WHERE doctor_search_text MATCH ")
        .bind(std::string(column) + " : " + fts_string(term))
        .append(")");
    return;
  }
  query.append(" AND doctors.").append(column).append("_folded LIKE ");
  query.bind(storage::like_containing(term)).append(" ESCAPE '\\'");
}

void append_where(storage::Query& query, storage::Backend backend, const DoctorFilter& filter) {
  query.append("WHERE doctors.listed = 1");
  if (filter.specialty_folded) query.append(" AND doctors.specialty_folded = ").bind(*filter.specialty_folded);
  if (filter.location_folded) append_contains(query, backend, "location", *filter.location_folded);
  if (filter.name_folded) append_contains(query, backend, "name", *filter.name_folded);
  if (filter.mode) {
    query.append(" AND doctors.consultation_modes LIKE ")
        .bind("%" + std::string(appointments::to_string(*filter.mode)) + "%");
  }
  if (filter.works_on) {
    query.append(" AND EXISTS (SELECT 1 FROM doctor_availability WHERE doctor_availability.day = ")
        .bind(std::string(to_string(*filter.works_on)))
        .append(" AND doctor_availability.doctor_id = doctors.id)");
  }
  if (filter.free_on) {
    query.append(" AND EXISTS (SELECT 1 FROM doctor_free_days WHERE doctor_free_days.doctor_id = doctors.id AND "
                 "doctor_free_days.day = ")
        .bind(filter.free_on->day)
        .append(" AND doctor_free_days.last_free >= ")
        .bind(filter.free_on->earliest)
        .append(")");
  }
  if (filter.ids) query.append(" AND doctors.id IN (").bind_list(*filter.ids).append(")");
  if (filter.free_days_unknown_on) {
    // Two index ranges, each holding the few doctors whose kept days are behind or not yet made.
    query.append(" AND doctors.id IN (SELECT doctor_id FROM doctor_free_days_range WHERE first_day > ")
        .bind(*filter.free_days_unknown_on)
        .append(" UNION ALL SELECT doctor_id FROM doctor_free_days_range WHERE last_day < ")
        .bind(*filter.free_days_unknown_on)
        .append(")");
  }
}

std::string order_clause(DoctorOrder order) {
  switch (order) {
    case DoctorOrder::experience:
      return " ORDER BY doctors.experience DESC, doctors.name_folded, doctors.id";
    case DoctorOrder::name:
      return " ORDER BY doctors.name_folded, doctors.id";
    case DoctorOrder::rating:
      break;
  }
  // The Bayesian average (rating_tally.hpp): many good reviews outrank a lone perfect one.
  return " ORDER BY doctors.rating_score DESC, doctors.review_count DESC, doctors.name_folded, doctors.id";
}

// Whether the filter keeps only some of the listed doctors.
bool narrows(const DoctorFilter& filter) {
  return filter.specialty_folded || filter.location_folded || filter.name_folded || filter.works_on || filter.mode ||
         filter.free_on || filter.free_days_unknown_on || filter.ids;
}

}  // namespace

void DoctorRepository::insert(soci::session& sql, const std::string& id,
                              const std::string& timezone, TimePoint now) const {
  const long long now_ms = to_epoch_ms(now);
  // The user's folded name comes along (users_name_to_doctors keeps it when they are renamed).
  storage::run(sql, "INSERT INTO doctors (id, name_folded, timezone, created_at, updated_at) "
                    "VALUES (:id, COALESCE((SELECT name_folded FROM users WHERE id = :user), ''), :tz, :c, :u)",
               soci::use(id), soci::use(id), soci::use(timezone), soci::use(now_ms), soci::use(now_ms));
}

std::optional<Doctor> DoctorRepository::find(soci::session& sql, const std::string& id) const {
  storage::Query query(kSelect);
  query.append("WHERE doctors.id = ").bind(id);
  auto doctors = select_doctors(sql, query);
  if (doctors.empty()) return std::nullopt;
  attach_availability(sql, doctors);
  return std::move(doctors.front());
}

void DoctorRepository::update(soci::session& sql, const Doctor& doctor) const {
  std::optional<std::string> specialty_folded;
  if (doctor.specialty) specialty_folded = fold_for_search(*doctor.specialty);
  const auto location_folded = location_search_text(doctor);
  const int listed = is_complete(doctor) ? 1 : 0;
  const long long updated_at = to_epoch_ms(doctor.updated_at);
  const auto price = storage::money_columns(doctor.price);
  const auto address = storage::address_columns(doctor.address);
  const auto languages = join_languages(doctor.languages);
  const auto modes = join_modes(doctor.consultation_modes);
  const std::string prepayment(to_string(doctor.prepayment));
  storage::run(sql, "UPDATE doctors SET specialty = :s, specialty_folded = :sf, experience = :e, "
                    "location = :l, location_folded = :lf, timezone = :tz, consultation_minutes = :m, "
                    "price_minor = :p, currency = :c, about = :a, street = :street, postcode = :postcode, city = "
                    ":city, "
                    "country = :country, phone = :phone, access_notes = :notes, languages = :languages, "
                    "consultation_modes = :modes, rpps_number = :rpps, prepayment = :prepayment, listed = :listed, "
                    "updated_at = :u "
                    "WHERE id = :id",
               soci::use(doctor.specialty), soci::use(specialty_folded), soci::use(doctor.experience),
               soci::use(doctor.location), soci::use(location_folded), soci::use(doctor.timezone),
               soci::use(doctor.consultation_minutes), soci::use(price.minor_units), soci::use(price.currency),
               soci::use(doctor.about), soci::use(address.street), soci::use(address.postcode), soci::use(address.city),
               soci::use(address.country), soci::use(doctor.phone), soci::use(doctor.access_notes),
               soci::use(languages), soci::use(modes), soci::use(doctor.rpps_number), soci::use(prepayment),
               soci::use(listed), soci::use(updated_at), soci::use(doctor.id));
  storage::run(sql, "DELETE FROM doctor_availability WHERE doctor_id = :id", soci::use(doctor.id));
  for (std::size_t i = 0; i < doctor.availability.size(); ++i) {
    const auto& window = doctor.availability[i];
    const int ordinal = static_cast<int>(i);
    const std::string day(to_string(window.day));
    const std::string start = format_time_of_day(window.start);
    const std::string end = format_time_of_day(window.end);
    storage::run(sql, "INSERT INTO doctor_availability (doctor_id, ordinal, day, start_time, end_time) "
                      "VALUES (:id, :o, :d, :s, :e)",
                 soci::use(doctor.id), soci::use(ordinal), soci::use(day), soci::use(start), soci::use(end));
  }
}

void DoctorRepository::restore(soci::session& sql, const Doctor& doctor) const {
  update(sql, doctor);
  const long long created_at = to_epoch_ms(doctor.created_at);
  storage::run(sql, "UPDATE doctors SET created_at = :c WHERE id = :id", soci::use(created_at), soci::use(doctor.id));
}

storage::Query DoctorRepository::search_query(storage::Backend backend, const DoctorFilter& filter, DoctorOrder order,
                                              int limit, int offset) const {
  storage::Query query(kSelect);
  append_where(query, backend, filter);
  query.append(order_clause(order));
  if (limit > 0) query.append(" LIMIT " + std::to_string(limit) + " OFFSET " + std::to_string(offset));
  return query;
}

std::vector<Doctor> DoctorRepository::search(soci::session& sql, const DoctorFilter& filter,
                                             DoctorOrder order, int limit, int offset) const {
  auto doctors = select_doctors(sql, search_query(storage::backend_of(sql), filter, order, limit, offset));
  attach_availability(sql, doctors);
  return doctors;
}

long long DoctorRepository::count(soci::session& sql, const DoctorFilter& filter) const {
  storage::Query query("SELECT COUNT(*) FROM doctors ");
  append_where(query, storage::backend_of(sql), filter);
  return storage::select_number(sql, query);
}

long long DoctorRepository::listing_generation(soci::session& sql) const {
  return storage::select_number(sql, storage::Query("SELECT generation FROM listing_generation WHERE id = 1"));
}

DirectoryGenerations DoctorRepository::directory_generations(soci::session& sql,
                                                             const std::optional<std::string>& day) const {
  DirectoryGenerations generations;
  if (!day) {
    generations.directory =
        storage::select_number(sql, storage::Query("SELECT generation FROM directory_generation WHERE id = 1"));
    return generations;
  }
  storage::run(sql, "SELECT directory_generation.generation, COALESCE((SELECT free_day_generation.generation FROM "
                    "free_day_generation WHERE free_day_generation.day = :day), 0) FROM directory_generation WHERE "
                    "directory_generation.id = 1",
               soci::use(*day), soci::into(generations.directory), soci::into(generations.day));
  return generations;
}

FreeMatches DoctorRepository::count_free(soci::session& sql, const DoctorFilter& filter) const {
  auto others = filter;
  others.free_on.reset();
  if (!narrows(others)) {
    if (auto tallied = tally_free(sql, *filter.free_on)) return *tallied;
  }
  // Joined rather than tested with EXISTS: one pass over the matches gives both figures (a doctor
  // has one row a day).
  storage::Query query("SELECT COUNT(*), MIN(doctor_free_days.last_free) FROM doctors JOIN doctor_free_days ON "
                       "doctor_free_days.doctor_id = doctors.id AND doctor_free_days.day = ");
  query.bind(filter.free_on.value().day).append(" AND doctor_free_days.last_free >= ").bind(filter.free_on->earliest);
  query.append(" ");
  append_where(query, storage::backend_of(sql), others);
  FreeMatches matches;
  long long last_free = 0;
  soci::indicator found = soci::i_null;
  storage::KeptStatement statement(sql, query.text());
  statement->exchange(soci::into(matches.total));
  statement->exchange(soci::into(last_free, found));
  query.bind_to(*statement);
  statement->execute(true);
  if (found == soci::i_ok) matches.last_free = last_free;
  return matches;
}

std::optional<FreeMatches> DoctorRepository::tally_free(soci::session& sql, const FreeOn& free_on) const {
  long long listed = 0;
  long long last_free = 0;
  soci::indicator found = soci::i_null;
  storage::run(sql, "SELECT COALESCE((SELECT listed_doctors FROM free_day_generation WHERE day = :day), 0), "
                    "(SELECT MIN(last_free) FROM doctor_free_days WHERE day = :same_day)",
               soci::use(free_on.day), soci::use(free_on.day), soci::into(listed), soci::into(last_free, found));
  if (found != soci::i_ok) return FreeMatches{};
  // The tally counts every listed doctor with a free slot that day, whether it may still be booked.
  if (last_free < free_on.earliest) return std::nullopt;
  return FreeMatches{listed, last_free};
}

std::vector<std::pair<std::string, long long>> DoctorRepository::specialties(soci::session& sql) const {
  std::vector<std::pair<std::string, long long>> result;
  std::string specialty;
  long long count = 0;
  // Spellings that fold alike ("Cardiologie", "cardiologie") are one group, named by the
  // alphabetically first of them.
  storage::KeptStatement query(sql, "SELECT MIN(specialty), COUNT(*) FROM doctors WHERE listed = 1 "
                                    "GROUP BY specialty_folded ORDER BY COUNT(*) DESC, MIN(specialty)",
                               soci::into(specialty), soci::into(count));
  query->execute();
  while (query->fetch()) result.emplace_back(specialty, count);
  return result;
}

std::vector<Doctor> DoctorRepository::most_booked(soci::session& sql, TimePoint since,
                                                  int limit) const {
  storage::Query query(kSelect);
  query.append("LEFT JOIN (SELECT doctor_id, COUNT(*) AS booked FROM appointments WHERE appointment_date >= ")
      .bind(to_epoch_ms(since))
      .append(" AND status <> 'canceled' GROUP BY doctor_id) recent ON recent.doctor_id = doctors.id "
              "WHERE doctors.listed = 1 "
              "ORDER BY COALESCE(recent.booked, 0) DESC, doctors.rating_score DESC, doctors.id LIMIT " +
              std::to_string(limit));
  auto doctors = select_doctors(sql, query);
  attach_availability(sql, doctors);
  return doctors;
}

void DoctorRepository::lock(soci::session& sql, const std::string& id) const {
  if (storage::backend_of(sql) != storage::Backend::postgresql) return;
  std::string locked;
  storage::run(sql, "SELECT id FROM doctors WHERE id = :id FOR UPDATE", soci::use(id), soci::into(locked));
}

void DoctorRepository::insert_time_off(soci::session& sql, const TimeOff& time_off) const {
  const long long start = to_epoch_ms(time_off.start);
  const long long end = to_epoch_ms(time_off.end);
  const long long created_at = to_epoch_ms(time_off.created_at);
  storage::run(sql, "INSERT INTO doctor_time_off (id, doctor_id, starts_at, ends_at, reason, created_at, "
                    "updated_at) VALUES (:id, :d, :s, :e, :r, :c, :u)",
               soci::use(time_off.id), soci::use(time_off.doctor_id), soci::use(start), soci::use(end),
               soci::use(time_off.reason), soci::use(created_at), soci::use(created_at));
}

namespace {

// Time off of the given doctors overlapping [from, to), by start.
std::vector<TimeOff> select_time_off(soci::session& sql, const std::vector<std::string>& doctor_ids,
                                     long long from, long long to) {
  std::vector<TimeOff> result;
  if (doctor_ids.empty()) return result;
  TimeOff row;
  long long start = 0;
  long long end = 0;
  long long created_at = 0;
  storage::Query statement("SELECT id, doctor_id, starts_at, ends_at, reason, created_at FROM doctor_time_off "
                           "WHERE doctor_id IN (");
  statement.bind_list(doctor_ids).append(") AND ends_at > ").bind(from).append(" AND starts_at < ").bind(to);
  statement.append(" ORDER BY starts_at, id");
  storage::KeptStatement query(sql, statement.text());
  query->exchange(soci::into(row.id));
  query->exchange(soci::into(row.doctor_id));
  query->exchange(soci::into(start));
  query->exchange(soci::into(end));
  query->exchange(soci::into(row.reason));
  query->exchange(soci::into(created_at));
  statement.bind_to(*query);
  if (!query->execute(true)) return result;
  do {
    row.start = from_epoch_ms(start);
    row.end = from_epoch_ms(end);
    row.created_at = from_epoch_ms(created_at);
    result.push_back(row);
  } while (query->fetch());
  return result;
}

}  // namespace

std::vector<TimeOff> DoctorRepository::time_off_of(soci::session& sql,
                                                   const std::string& doctor_id) const {
  return select_time_off(sql, {doctor_id}, std::numeric_limits<long long>::min(),
                         std::numeric_limits<long long>::max());
}

std::vector<TimeOff> DoctorRepository::time_off_between(soci::session& sql,
                                                        const std::vector<std::string>& doctor_ids,
                                                        TimePoint from, TimePoint to) const {
  return select_time_off(sql, doctor_ids, to_epoch_ms(from), to_epoch_ms(to));
}

bool DoctorRepository::remove_time_off(soci::session& sql, const std::string& doctor_id,
                                       const std::string& id) const {
  storage::Query remove("DELETE FROM doctor_time_off WHERE id = ");
  remove.bind(id).append(" AND doctor_id = ").bind(doctor_id);
  return storage::execute_counting_rows(sql, remove) == 1;
}

}  // namespace medimeet::doctors
