// Name and place search through the trigram indexes (an FTS5 table on SQLite, pg_trgm on
// PostgreSQL) finds exactly what reading every doctor finds: a few thousand generated doctors
// with accents, hyphens, apostrophes, quotes and mixed case, searched by terms of every length,
// on both backends, in the same order and with the same totals.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <algorithm>
#include <array>
#include <random>
#include <set>

#include "common/embedded_file.hpp"
#include "common/object_id.hpp"
#include "common/search_text.hpp"
#include "doctors/doctor_repository.hpp"
#include "storage/database.hpp"
#include "storage/migrations.hpp"
#include "test_database.hpp"

namespace medimeet::doctors {
namespace {

using testing::TestBackend;

constexpr std::array<const char*, 12> kFirstNames = {"Jean-Pierre", "ÉLODIE", "Marie-Hélène", "zoé", "Loïc", "Anaïs",
                                                     "Ægir", "Jean \"Jo\"", "Gaël", "FRANÇOIS", "Ñuño", "O'Neil"};
constexpr std::array<const char*, 12> kLastNames = {"Durand",  "d'Artagnan", "Lefèvre-Dupré", "MÜLLER",
                                                    "Guérin",  "Nguyễn",     "ROUSSEL",       "Saint-Exupéry",
                                                    "Blanc",   "Çelik",      "100% Bio",      "Le_Goff"};
constexpr std::array<const char*, 10> kPlaces = {"Saint-Étienne", "L'Haÿ-les-Roses", "Aix-en-Provence", "PARIS 15e",
                                                 "Évry-Courcouronnes", "Nîmes", "Besançon", "Le Havre",
                                                 "Saint-Denis (La Réunion)", "Château-Thierry"};

struct GeneratedDoctor {
  std::string id;
  std::string name_folded;
  std::string location_folded;
};

class DoctorSearchIndexTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  static constexpr int kDoctors = 3000;

  DoctorSearchIndexTest() : database_(testing::fresh_database_url(GetParam()), 2) {
    storage::migrate(database_, embedded_migrations());
    std::mt19937 random(16);
    database_.write([&](soci::session& sql) {
      for (int i = 0; i < kDoctors; ++i) {
        GeneratedDoctor doctor;
        doctor.id = new_object_id(TimePoint{} + std::chrono::seconds(i));
        const std::string name = std::string(kFirstNames[random() % kFirstNames.size()]) + " " +
                                 kLastNames[random() % kLastNames.size()];
        const std::string place = std::string(kPlaces[random() % kPlaces.size()]) + " " + std::to_string(random() % 100);
        doctor.name_folded = fold_for_search(name);
        doctor.location_folded = fold_for_search(place);
        const std::string email = "doctor" + std::to_string(i) + "@example.com";
        sql << "INSERT INTO users (id, name, name_folded, email, password, role, phone, email_verified, "
               "phone_verified, language, created_at, updated_at) VALUES (:id, :n, :f, :e, 'x', 'doctor', "
               "'+33612345678', 1, 0, 'fr', 0, 0)",
            soci::use(doctor.id), soci::use(name), soci::use(doctor.name_folded), soci::use(email);
        DoctorRepository().insert(sql, doctor.id, "Europe/Paris", TimePoint{});
        // One doctor in ten is not listed: search must leave them out however it reads.
        const int listed = i % 10 == 0 ? 0 : 1;
        sql << "UPDATE doctors SET location = :l, location_folded = :lf, listed = :listed WHERE id = :id",
            soci::use(place), soci::use(doctor.location_folded), soci::use(listed), soci::use(doctor.id);
        if (listed == 1) doctors_.push_back(doctor);
      }
    });
    std::sort(doctors_.begin(), doctors_.end(), [](const auto& a, const auto& b) {
      return std::tie(a.name_folded, a.id) < std::tie(b.name_folded, b.id);
    });
  }

  // The listed doctors whose folded name and place contain the terms, by name: every doctor read.
  std::vector<std::string> scanned(const std::optional<std::string>& name, const std::optional<std::string>& place) const {
    std::vector<std::string> ids;
    for (const auto& doctor : doctors_) {
      if (name && doctor.name_folded.find(*name) == std::string::npos) continue;
      if (place && doctor.location_folded.find(*place) == std::string::npos) continue;
      ids.push_back(doctor.id);
    }
    return ids;
  }

  void expect_same(const std::optional<std::string>& name, const std::optional<std::string>& place) {
    DoctorFilter filter;
    filter.name_folded = name;
    filter.location_folded = place;
    const auto [found, total] = database_.read([&](soci::session& sql) {
      std::vector<std::string> ids;
      for (const auto& doctor : DoctorRepository().search(sql, filter, DoctorOrder::name, 0, 0)) ids.push_back(doctor.id);
      return std::pair{ids, DoctorRepository().count(sql, filter)};
    });
    const auto expected = scanned(name, place);
    EXPECT_EQ(found, expected) << "name " << name.value_or("-") << ", place " << place.value_or("-");
    EXPECT_EQ(total, static_cast<long long>(expected.size())) << "name " << name.value_or("-") << ", place "
                                                               << place.value_or("-");
    ++compared_;
  }

  storage::Database database_;
  std::vector<GeneratedDoctor> doctors_;
  int compared_ = 0;
};

TEST_P(DoctorSearchIndexTest, NamesFoundThroughTheIndexAreThoseEveryDoctorReadWouldGive) {
  for (const char* term : {"e", "é", "Z", "jo", "\"jo\"", "an-p", "jean-pierre", "HÉLÈNE", "d'ar", "'", "%", "_",
                           "100% b", "le_g", "muller", "nguyen", "ægir", "nuno", "francois d", "xyz", "durand"}) {
    expect_same(fold_for_search(term), std::nullopt);
  }
  // And runs of every length cut from the generated names themselves.
  std::mt19937 random(7);
  for (int i = 0; i < 60; ++i) {
    const auto& name = doctors_[random() % doctors_.size()].name_folded;
    const auto length = 1 + random() % 7;
    const auto start = random() % name.size();
    const auto term = name.substr(start, length);
    // A cut inside a multi-byte character is no term a person types.
    if ((static_cast<unsigned char>(term.front()) & 0xC0) == 0x80) continue;
    expect_same(term, std::nullopt);
  }
  EXPECT_GE(compared_, 60);
}

TEST_P(DoctorSearchIndexTest, PlacesAndNamesWithPlacesFoundThroughTheIndexAreThoseEveryDoctorReadWouldGive) {
  for (const char* place : {"saint-e", "SAINT-ÉTIENNE", "l'hay", "haÿ-les", "aix-en-provence", "paris 15", "(la r",
                            "nimes 4", "besancon", "le", "1", "thierry 9", "nowhere"}) {
    expect_same(std::nullopt, fold_for_search(place));
    expect_same(fold_for_search("jean"), fold_for_search(place));
  }
}

TEST_P(DoctorSearchIndexTest, NamesAndPlacesHaveATrigramIndex) {
  if (GetParam() == TestBackend::sqlite) {
    DoctorFilter filter;
    filter.name_folded = "martin";
    filter.location_folded = "saint-e";
    const auto plan = database_.read([&](soci::session& sql) {
      return storage::query_plan(sql, database_.backend(),
                                 DoctorRepository().search_query(database_.backend(), filter, DoctorOrder::name, 20, 0));
    });
    EXPECT_TRUE(std::any_of(plan.begin(), plan.end(), [](const std::string& line) {
      return line.find("doctor_search_text VIRTUAL TABLE") != std::string::npos;
    }));
  } else {
    // Which index PostgreSQL reads depends on its statistics; the bench prints its plans at scale.
    const auto indexes = database_.read([](soci::session& sql) {
      return storage::select_number(sql, storage::Query("SELECT COUNT(*) FROM pg_indexes WHERE indexname IN "
                                                        "('doctors_name_trigrams', 'doctors_location_trigrams') AND "
                                                        "indexdef LIKE '%gin_trgm_ops%'"));
    });
    EXPECT_EQ(indexes, 2);
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, DoctorSearchIndexTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet::doctors
