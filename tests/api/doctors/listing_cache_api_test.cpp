// Search pages and slots are served again from memory (ListingCache) only while nothing they
// show has changed: a booking, a write made straight in the database, a rename or the passing of
// time each shows in the very next answer. A booked slot never shows as free. What a search
// without a day matches (its total and its page's doctors) is kept longer, until the doctors'
// rows change: a booking leaves it, a doctor joining, moving or leaving shows at once.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>

#include "test_server.hpp"

namespace medimeet {
namespace {

using boost::json::array;
using boost::json::object;
using testing::TestBackend;
using testing::TestServer;
using testing::text;

TimePoint at(const char* iso) { return *parse_iso8601(iso); }

class ListingCacheApiTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  // Monday 30 November 2026, 06:00Z; the doctor works Monday 09:00–10:00 Paris time (08:00Z).
  ListingCacheApiTest() : server_(GetParam()) {
    server_.clock().set(at("2026-11-30T06:00:00.000Z"));
    doctor_ = server_.register_account("doctor", "dr@example.com");
    complete_profile(doctor_, "Paris");
    patient_ = server_.register_account("patient", "ann@example.com");
    server_.verify_email(patient_.id);
  }

  void complete_profile(const testing::TestAccount& doctor, const char* location) {
    auto result = server_.client().patch(
        "/api/v1/doctors/me",
        object{{"specialty", "General practice"}, {"experience", 10}, {"location", location}, {"price", 25},
               {"timezone", "Europe/Paris"}, {"consultationMinutes", 30},
               {"availability", array{object{{"day", "monday"}, {"startTime", "09:00"}, {"endTime", "10:00"}}}}},
        doctor.token);
    EXPECT_EQ(result.status, 200) << result.body;
  }

  // The total of GET /api/v1/doctors?`query`.
  long long total(const std::string& query) {
    auto result = server_.client().get("/api/v1/doctors?" + query);
    EXPECT_EQ(result.status, 200) << result.body;
    return result.json().at("total").as_int64();
  }

  std::vector<std::string> slot_starts() {
    auto result = server_.client().get("/api/v1/doctors/" + doctor_.id + "/slots?from=2026-11-30&to=2026-11-30");
    EXPECT_EQ(result.status, 200) << result.body;
    std::vector<std::string> starts;
    const auto document = result.json();
    for (const auto& slot : document.at("slots").as_array()) starts.push_back(text(slot.at("start")));
    return starts;
  }

  std::string next_slot() {
    auto result = server_.client().get("/api/v1/doctors?location=paris");
    EXPECT_EQ(result.status, 200) << result.body;
    const auto document = result.json();
    const auto& next = document.at("doctors").as_array().at(0).at("nextSlot");
    return next.is_null() ? "none" : text(next.at("start"));
  }

  TestServer server_;
  testing::TestAccount doctor_;
  testing::TestAccount patient_;
};

TEST_P(ListingCacheApiTest, ABookedSlotIsGoneFromTheVeryNextAnswer) {
  // Asked twice: the second answer comes from memory.
  EXPECT_EQ(slot_starts(), (std::vector<std::string>{"2026-11-30T08:00:00.000Z", "2026-11-30T08:30:00.000Z"}));
  EXPECT_EQ(slot_starts().size(), 2u);
  EXPECT_EQ(next_slot(), "2026-11-30T08:00:00.000Z");
  EXPECT_EQ(next_slot(), "2026-11-30T08:00:00.000Z");
  auto booked = server_.client().post(
      "/api/v1/appointments", object{{"doctorId", doctor_.id}, {"appointmentDate", "2026-11-30T08:00:00.000Z"}},
      patient_.token);
  ASSERT_EQ(booked.status, 201) << booked.body;
  EXPECT_EQ(slot_starts(), (std::vector<std::string>{"2026-11-30T08:30:00.000Z"}));
  EXPECT_EQ(next_slot(), "2026-11-30T08:30:00.000Z");
  // Canceled by the doctor: free again at once.
  auto canceled = server_.client().post("/api/v1/appointments/" + text(booked.json().at("_id")) + "/cancel",
                                        object{{"reason", "the doctor is away"}}, doctor_.token);
  ASSERT_EQ(canceled.status, 200) << canceled.body;
  EXPECT_EQ(slot_starts().size(), 2u);
  EXPECT_EQ(next_slot(), "2026-11-30T08:00:00.000Z");
}

TEST_P(ListingCacheApiTest, AWriteMadeStraightInTheDatabaseShowsAtOnce) {
  EXPECT_EQ(slot_starts().size(), 2u);
  EXPECT_EQ(next_slot(), "2026-11-30T08:00:00.000Z");
  // No service knows of it: the database's triggers move the listing generation.
  server_.insert_appointment(patient_.id, doctor_.id, at("2026-11-30T08:00:00.000Z"), 30, "confirmed");
  EXPECT_EQ(slot_starts(), (std::vector<std::string>{"2026-11-30T08:30:00.000Z"}));
  EXPECT_EQ(next_slot(), "2026-11-30T08:30:00.000Z");
}

TEST_P(ListingCacheApiTest, ASlotComingTooNearLeavesWithoutAnyWrite) {
  EXPECT_EQ(slot_starts().size(), 2u);
  EXPECT_EQ(next_slot(), "2026-11-30T08:00:00.000Z");
  // Two hours' notice: at 06:00:00.001Z the 08:00Z slot may no longer be booked.
  server_.clock().set(at("2026-11-30T06:00:00.001Z"));
  EXPECT_EQ(slot_starts(), (std::vector<std::string>{"2026-11-30T08:30:00.000Z"}));
  EXPECT_EQ(next_slot(), "2026-11-30T08:30:00.000Z");
}

TEST_P(ListingCacheApiTest, ARenamedDoctorIsFoundByTheNewName) {
  auto before = server_.client().get("/api/v1/doctors?q=durand");
  EXPECT_EQ(before.json().at("total").as_int64(), 0);
  auto renamed = server_.client().patch("/api/v1/users/me", object{{"name", "Hélène Durand"}}, doctor_.token);
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  auto after = server_.client().get("/api/v1/doctors?q=durand").json();
  ASSERT_EQ(after.at("total").as_int64(), 1);
  EXPECT_EQ(text(after.at("doctors").as_array().at(0).at("name")), "Hélène Durand");
}

TEST_P(ListingCacheApiTest, ABookingLeavesWhatASearchMatchesButADoctorJoiningOrMovingShowsAtOnce) {
  auto directory_generation = [&] {
    return server_.query_text("SELECT CAST(generation AS TEXT) FROM directory_generation WHERE id = CAST(:id AS INTEGER)",
                              "1");
  };
  EXPECT_EQ(total("location=paris"), 1);
  const auto before = directory_generation();
  auto booked = server_.client().post(
      "/api/v1/appointments", object{{"doctorId", doctor_.id}, {"appointmentDate", "2026-11-30T08:00:00.000Z"}},
      patient_.token);
  ASSERT_EQ(booked.status, 201) << booked.body;
  EXPECT_EQ(directory_generation(), before);
  EXPECT_EQ(total("location=paris"), 1);
  EXPECT_EQ(next_slot(), "2026-11-30T08:30:00.000Z");

  // A second doctor completes their profile in Paris: found by the very next search.
  auto other = server_.register_account("doctor", "dr.blanc@example.com");
  auto joined = server_.client().patch(
      "/api/v1/doctors/me",
      object{{"specialty", "General practice"}, {"experience", 3}, {"location", "Paris"}, {"price", 30},
             {"timezone", "Europe/Paris"},
             {"availability", array{object{{"day", "tuesday"}, {"startTime", "09:00"}, {"endTime", "10:00"}}}}},
      other.token);
  ASSERT_EQ(joined.status, 200) << joined.body;
  EXPECT_NE(directory_generation(), before);
  EXPECT_EQ(total("location=paris"), 2);
  EXPECT_EQ(total("location=lyon"), 0);

  // And moves to Lyon: gone from Paris at once, found in Lyon.
  auto moved = server_.client().patch("/api/v1/doctors/me", object{{"location", "Lyon"}}, other.token);
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(total("location=paris"), 1);
  EXPECT_EQ(total("location=lyon"), 1);

  // A change written straight in the database: its triggers move the directory generation.
  server_.app().database().write([&](soci::session& sql) {
    sql << "UPDATE doctors SET listed = 0 WHERE id = :id", soci::use(doctor_.id);
  });
  EXPECT_EQ(total("location=paris"), 0);
}

TEST_P(ListingCacheApiTest, ASearchOnADayKeepsItsMatchesUntilADoctorsLastSlotThatDayIsTaken) {
  auto day_generation = [&] {
    return server_.query_text("SELECT CAST(generation AS TEXT) FROM free_day_generation WHERE day = :day", "2026-11-30");
  };
  auto book = [&](const testing::TestAccount& patient, const char* start) {
    auto booked = server_.client().post("/api/v1/appointments",
                                        object{{"doctorId", doctor_.id}, {"appointmentDate", start}}, patient.token);
    EXPECT_EQ(booked.status, 201) << booked.body;
  };
  auto other_patient = server_.register_account("patient", "bob@example.com");
  server_.verify_email(other_patient.id);
  EXPECT_EQ(total("availableOn=2026-11-30"), 1);
  const auto before = day_generation();
  // The first of the day's two slots: the doctor still has one that day, their last is unchanged.
  book(patient_, "2026-11-30T08:00:00.000Z");
  EXPECT_EQ(day_generation(), before);
  EXPECT_EQ(total("availableOn=2026-11-30"), 1);
  EXPECT_EQ(next_slot(), "2026-11-30T08:30:00.000Z");
  // The last one (another patient: one appointment a day with a doctor): gone from that day's
  // search at once.
  book(other_patient, "2026-11-30T08:30:00.000Z");
  EXPECT_NE(day_generation(), before);
  EXPECT_EQ(total("availableOn=2026-11-30"), 0);
}

TEST_P(ListingCacheApiTest, ASearchOnADayLosesADoctorWhoseLastSlotComesTooNearWithoutAnyWrite) {
  EXPECT_EQ(total("availableOn=2026-11-30"), 1);
  EXPECT_EQ(total("availableOn=2026-11-30"), 1);
  // Two hours' notice: at 06:30:00.001Z the last slot, 08:30Z, may no longer be booked.
  server_.clock().set(at("2026-11-30T06:30:00.000Z"));
  EXPECT_EQ(total("availableOn=2026-11-30"), 1);
  server_.clock().set(at("2026-11-30T06:30:00.001Z"));
  EXPECT_EQ(total("availableOn=2026-11-30"), 0);
}

TEST_P(ListingCacheApiTest, ASearchOnADayCountsADoctorUnlistedListedAgainOrDeletedAtOnce) {
  // The day's tally (migration 0024) against the rows it counts.
  auto expect_tally_counts_rows = [&] {
    EXPECT_EQ(server_.query_text("SELECT CAST(listed_doctors AS TEXT) FROM free_day_generation WHERE day = :day",
                                 "2026-11-30"),
              server_.query_text("SELECT CAST(COUNT(*) AS TEXT) FROM doctor_free_days JOIN doctors ON doctors.id = "
                                 "doctor_free_days.doctor_id WHERE doctors.listed = 1 AND doctor_free_days.day = :day",
                                 "2026-11-30"));
  };
  auto set_listed = [&](const std::string& id, int listed) {
    server_.app().database().write([&](soci::session& sql) {
      sql << "UPDATE doctors SET listed = :listed WHERE id = :id", soci::use(listed), soci::use(id);
    });
  };
  auto lyon = server_.register_account("doctor", "lyon@example.com");
  complete_profile(lyon, "Lyon");
  EXPECT_EQ(total("availableOn=2026-11-30"), 2);
  expect_tally_counts_rows();
  set_listed(lyon.id, 0);
  EXPECT_EQ(total("availableOn=2026-11-30"), 1);
  expect_tally_counts_rows();
  set_listed(lyon.id, 1);
  EXPECT_EQ(total("availableOn=2026-11-30"), 2);
  expect_tally_counts_rows();
  server_.app().database().write([&](soci::session& sql) {
    sql << "DELETE FROM users WHERE id = :id", soci::use(lyon.id);
  });
  EXPECT_EQ(total("availableOn=2026-11-30"), 1);
  expect_tally_counts_rows();
}

INSTANTIATE_TEST_SUITE_P(Backends, ListingCacheApiTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
