// Fills a database with a benchmark-sized MediMeet: listed doctors over many specialties and
// cities with weekly hours, patients, and appointments spread over four months, then prints
// the query plans of doctor search and of a week of slots so a reader can check they use
// indexes. Writes rows straight through SQL, in large transactions: registering 10,000 doctors
// through the API would spend its time hashing passwords, not measuring anything.
//
//   medimeet_bench_seed --database URL [--doctors N] [--patients N] [--appointments N]
//                       [--bookings N --bookings-file PATH]
//
// Prints "doctor_id=<id>", "doctor_token=<token>" and "specialty=<name>" for the load scenarios.
// With --bookings, writes PATH with N lines "<patient token> <doctor id> <instant>": bookings
// that each take a different free slot and keep every booking rule, for the booking scenario.
#include <CLI/CLI.hpp>
#include <soci/soci.h>

#include <array>
#include <fstream>
#include <iostream>
#include <random>

#include "common/embedded_file.hpp"
#include "common/object_id.hpp"
#include "common/search_text.hpp"
#include "appointments/appointment_repository.hpp"
#include "doctors/doctor_repository.hpp"
#include "doctors/slot_finder.hpp"
#include "doctors/specialties.hpp"
#include "security/password_hasher.hpp"
#include "security/tokens.hpp"
#include "storage/database.hpp"
#include "storage/migrations.hpp"

namespace {

using namespace medimeet;

constexpr std::array<const char*, 20> kCities = {
    "Paris", "Marseille", "Lyon", "Toulouse", "Nice", "Nantes", "Montpellier", "Strasbourg",
    "Bordeaux", "Lille", "Rennes", "Reims", "Saint-Étienne", "Toulon", "Le Havre", "Grenoble",
    "Dijon", "Angers", "Nîmes", "Besançon"};
constexpr std::array<const char*, 20> kFirstNames = {
    "Hélène", "Jean", "Zoé", "Éric", "Camille", "Loïc", "Amélie", "François", "Inès", "Noël",
    "Chloé", "Jérôme", "Léa", "Benoît", "Maëlle", "Sébastien", "Océane", "Rémi", "Anaïs", "Gaël"};
constexpr std::array<const char*, 20> kLastNames = {
    "Durand", "Dupré", "Martin", "Lefèvre", "Bernard", "Moreau", "Fournier", "Girard", "Bonnet",
    "Mercier", "Lambert", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel",
    "Nicolas", "Perrin"};

// Rows go in as multi-row INSERTs of generated literals (no user input here), a thousand at a
// time, which both backends take far faster than one statement per row. Call flush() last.
class BatchInserter {
 public:
  BatchInserter(soci::session& sql, std::string prefix) : sql_(sql), prefix_(std::move(prefix)) {}

  void add(const std::string& values) {
    body_ += (count_ == 0 ? "" : ",") + values;
    if (++count_ == 1000) flush();
  }

  void flush() {
    if (count_ == 0) return;
    sql_ << prefix_ + body_;
    body_.clear();
    count_ = 0;
  }

 private:
  soci::session& sql_;
  std::string prefix_;
  std::string body_;
  int count_ = 0;
};

std::string sql_literal(const std::string& text) {
  std::string result = "'";
  for (char c : text) {
    if (c == '\'') result += '\'';
    result += c;
  }
  return result + "'";
}

void print_plan(soci::session& sql, storage::Backend backend, const std::string& title,
                const storage::Query& query) {
  std::cout << "plan: " << title << "\n";
  for (const auto& line : storage::query_plan(sql, backend, query)) {
    std::cout << "plan:   " << line << "\n";
  }
}

}  // namespace

int seed(int argc, char** argv);

int main(int argc, char** argv) {
  try {
    return seed(argc, argv);
  } catch (const std::exception& error) {
    std::cerr << "seeding failed: " << std::string(error.what()).substr(0, 400) << "\n";
    return 1;
  }
}

int seed(int argc, char** argv) {
  std::string url;
  int doctor_count = 10'000;
  int patient_count = 20'000;
  int appointment_count = 1'000'000;
  CLI::App cli{"Seed a MediMeet database for benchmarks"};
  cli.add_option("--database", url, "sqlite:///abs/path.db or postgresql://...")->required();
  cli.add_option("--doctors", doctor_count);
  cli.add_option("--patients", patient_count);
  cli.add_option("--appointments", appointment_count);
  int booking_count = 0;
  std::string bookings_file;
  cli.add_option("--bookings", booking_count);
  cli.add_option("--bookings-file", bookings_file);
  CLI11_PARSE(cli, argc, argv);

  storage::Database database(url, 1);
  storage::migrate(database, embedded_migrations());
  const auto now = SystemClock().now();
  const long long now_ms = to_epoch_ms(now);
  security::PasswordHasher hasher(1);
  const auto password = sql_literal(hasher.hash("bench password 1234"));
  std::mt19937 random(42);

  std::vector<std::string> doctor_ids;
  std::vector<std::string> doctor_names;
  std::vector<std::string> patient_ids;
  database.write([&](soci::session& sql) {
    BatchInserter users(sql, "INSERT INTO users (id, name, name_folded, email, password, role, phone, "
                             "email_verified, phone_verified, created_at, updated_at) VALUES ");
    auto add_user = [&](const std::string& id, const std::string& name, const std::string& email,
                        const char* role) {
      users.add("(" + sql_literal(id) + "," + sql_literal(name) + "," + sql_literal(fold_for_search(name)) + "," +
                sql_literal(email) + "," + password + ",'" + role + "','+33612345678',1,1," +
                std::to_string(now_ms) + "," + std::to_string(now_ms) + ")");
    };
    for (int i = 0; i < doctor_count; ++i) {
      doctor_ids.push_back(new_object_id(now));
      doctor_names.push_back(std::string("Dr ") + kFirstNames[random() % 20] + " " + kLastNames[random() % 20]);
      add_user(doctor_ids.back(), doctor_names.back(), "doctor" + std::to_string(i) + "@bench.test", "doctor");
    }
    for (int i = 0; i < patient_count; ++i) {
      patient_ids.push_back(new_object_id(now));
      add_user(patient_ids.back(), std::string(kFirstNames[random() % 20]) + " " + kLastNames[random() % 20],
               "patient" + std::to_string(i) + "@bench.test", "patient");
    }
    users.flush();

    BatchInserter patients(sql, "INSERT INTO patients (id, created_at, updated_at) VALUES ");
    for (const auto& id : patient_ids) {
      patients.add("(" + sql_literal(id) + "," + std::to_string(now_ms) + "," + std::to_string(now_ms) + ")");
    }
    patients.flush();

    BatchInserter doctors(sql, "INSERT INTO doctors (id, name_folded, specialty, specialty_folded, experience, "
                               "location, location_folded, timezone, consultation_minutes, price_minor, currency, "
                               "average_rating, review_count, listed, created_at, updated_at) VALUES ");
    BatchInserter windows(sql, "INSERT INTO doctor_availability (doctor_id, ordinal, day, "
                               "start_time, end_time) VALUES ");
    for (std::size_t i = 0; i < doctor_ids.size(); ++i) {
      // Doctors hold the catalogue's codes, spread evenly over it.
      const std::string specialty(doctors::specialty_catalogue()[i % doctors::specialty_catalogue().size()].code);
      const std::string city = kCities[random() % kCities.size()];
      doctors.add("(" + sql_literal(doctor_ids[i]) + "," + sql_literal(fold_for_search(doctor_names[i])) + "," +
                  sql_literal(specialty) + "," +
                  sql_literal(fold_for_search(specialty)) + "," + std::to_string(random() % 40) + "," +
                  sql_literal(city) + "," + sql_literal(fold_for_search(city)) + ",'Europe/Paris',30," +
                  std::to_string((25 + random() % 60) * 100) + ",'EUR'," + std::to_string((random() % 50) / 10.0) +
                  "," + std::to_string(random() % 200) + ",1," + std::to_string(now_ms) + "," +
                  std::to_string(now_ms) + ")");
    }
    doctors.flush();  // before their windows, which reference them
    for (std::size_t i = 0; i < doctor_ids.size(); ++i) {
      int ordinal = 0;
      for (const char* day : {"monday", "tuesday", "wednesday", "thursday", "friday"}) {
        windows.add("(" + sql_literal(doctor_ids[i]) + "," + std::to_string(ordinal++) + ",'" + day +
                    "','09:00','12:00')");
        windows.add("(" + sql_literal(doctor_ids[i]) + "," + std::to_string(ordinal++) + ",'" + day +
                    "','14:00','18:00')");
      }
    }
    windows.flush();
  });

  // Appointments, for the first half of the patients: each doctor's share on distinct half-hour starts from 60 days ago to 60 days
  // ahead, so the partial unique index (one live booking per slot) holds.
  const int per_doctor = std::max(1, appointment_count / std::max(1, doctor_count));
  const auto first_day = date::floor<date::days>(now) - date::days(60);
  int written = 0;
  for (std::size_t d = 0; d < doctor_ids.size() && written < appointment_count; d += 500) {
    database.write([&](soci::session& sql) {
      BatchInserter appointments(sql, "INSERT INTO appointments (id, patient_id, doctor_id, "
                                      "appointment_date, duration_minutes, status, notes, "
                                      "created_at, updated_at) VALUES ");
      for (std::size_t i = d; i < std::min(d + 500, doctor_ids.size()) && written < appointment_count; ++i) {
        for (int k = 0; k < per_doctor && written < appointment_count; ++k, ++written) {
          // 120 days x 14 half-hours (08:00-15:00 UTC): spread k over them with a stride.
          const int position = static_cast<int>((k * 17 + i) % (120 * 14));
          const auto start = TimePoint(first_day + date::days(position / 14)) +
                             std::chrono::hours(8) + std::chrono::minutes(30 * (position % 14));
          const bool past = start < now;
          const char* status = random() % 10 == 0 ? "canceled" : (past ? "completed" : "confirmed");
          appointments.add("(" + sql_literal(new_object_id(now)) + "," +
                           sql_literal(patient_ids[random() % (patient_ids.size() / 2)]) + "," +
                           sql_literal(doctor_ids[i]) + "," + std::to_string(to_epoch_ms(start)) +
                           ",30,'" + status + "',''," + std::to_string(now_ms) + "," +
                           std::to_string(now_ms) + ")");
        }
      }
      appointments.flush();
    });
  }
  // Their free days, as the server keeps them (it would otherwise compute them in its first minutes).
  {
    appointments::AppointmentService appointment_service;
    doctors::SlotFinder finder(appointment_service, std::chrono::hours(2));
    doctors::DoctorRepository repository;
    for (std::size_t d = 0; d < doctor_ids.size(); d += 500) {
      database.write([&](soci::session& sql) {
        for (std::size_t i = d; i < std::min(d + 500, doctor_ids.size()); ++i) {
          finder.rebuild(sql, *repository.find(sql, doctor_ids[i]), now);
        }
      });
    }
  }
  // Fresh statistics, as a long-running database would have, so the planner sees the real sizes.
  database.read([](soci::session& sql) { sql << "ANALYZE"; });

  // Sessions with known tokens (stored hashed, as the server does), for the load scenarios.
  const auto session_for = [&](soci::session& sql, const std::string& user_id, int n) {
    const auto token = "bench-session-" + std::to_string(n) + "-" + user_id;
    const long long expires = now_ms + 30LL * 24 * 3600 * 1000;
    sql << "INSERT INTO auth_sessions (id, user_id, token_hash, created_at, last_seen_at, expires_at) "
           "VALUES (" + sql_literal(new_object_id(now)) + "," + sql_literal(user_id) + "," +
               sql_literal(security::hash_token(token)) + "," + std::to_string(now_ms) + "," +
               std::to_string(now_ms + 3600LL * 1000 * 24 * 29) + "," + std::to_string(expires) + ")";
    return token;
  };
  const auto doctor_token = database.write([&](soci::session& sql) { return session_for(sql, doctor_ids.front(), 0); });
  if (booking_count > 0) {
    // Booking k: doctor k % D, and the (k / D)-th of the slots no seeded appointment uses
    // (16:00 to 17:30 Paris time, 15:00-16:30 UTC in winter) on weekdays from the day after
    // tomorrow; patient k / 5 of the second half (the seeded appointments use the first), so
    // nobody holds more than five or two the same day with one doctor.
    std::vector<date::sys_days> weekdays;
    for (auto day = date::floor<date::days>(now) + date::days(2); weekdays.size() < 200; day += date::days(1)) {
      const auto weekday = date::weekday(day).c_encoding();
      if (weekday != 0 && weekday != 6) weekdays.push_back(day);
    }
    std::ofstream out(bookings_file);
    database.write([&](soci::session& sql) {
      std::string token;
      for (int k = 0; k < booking_count; ++k) {
        const auto patient = patient_ids.size() / 2 + static_cast<std::size_t>(k / 5);
        if (patient >= patient_ids.size()) break;
        if (k % 5 == 0) token = session_for(sql, patient_ids[patient], k);
        const auto doctor = static_cast<std::size_t>(k) % doctor_ids.size();
        const auto slot = static_cast<std::size_t>(k) / doctor_ids.size();
        if (slot / 4 >= weekdays.size()) break;
        const auto start = TimePoint(weekdays[slot / 4]) + std::chrono::hours(15) + std::chrono::minutes(30 * (slot % 4));
        out << token << " " << doctor_ids[doctor] << " " << format_iso8601(start) << "\n";
      }
    });
  }

  std::cout << "seeded doctors=" << doctor_ids.size() << " patients=" << patient_ids.size()
            << " appointments=" << written << "\n";
  std::cout << "doctor_id=" << doctor_ids.front() << "\n";
  std::cout << "doctor_token=" << doctor_token << "\n";
  const std::string first_specialty(doctors::specialty_catalogue().front().code);
  std::cout << "specialty=" << first_specialty << "\n";

  database.read([&](soci::session& sql) {
    doctors::DoctorRepository repository;
    doctors::DoctorFilter by_specialty;
    by_specialty.specialty_folded = first_specialty;
    print_plan(sql, database.backend(), "doctor search by specialty, by rating",
               repository.search_query(database.backend(), by_specialty, doctors::DoctorOrder::rating, 20, 0));
    print_plan(sql, database.backend(), "doctor search, no filter, by rating",
               repository.search_query(database.backend(), {}, doctors::DoctorOrder::rating, 20, 0));
    doctors::DoctorFilter by_name_and_city;
    by_name_and_city.name_folded = "martin";
    by_name_and_city.location_folded = "paris";
    print_plan(sql, database.backend(), "doctor search by name and city, by name",
               repository.search_query(database.backend(), by_name_and_city, doctors::DoctorOrder::name, 20, 0));
    print_plan(sql, database.backend(), "appointments taken in a week (slots)",
               appointments::taken_query({doctor_ids.front()}, now_ms, now_ms + 7LL * 24 * 3600 * 1000));
  });
  return 0;
}
