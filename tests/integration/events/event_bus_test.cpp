// The event bus: subscribers run inside the publisher's transaction (their writes commit or roll
// back with it), in the order they subscribed, and after-commit subscribers only once it committed.
#include "events/event_bus.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "common/embedded_file.hpp"
#include "storage/database.hpp"
#include "storage/migrations.hpp"
#include "scratch_rows.hpp"
#include "test_database.hpp"

namespace medimeet::events {
namespace {

using testing::TestBackend;

struct ThingHappened {
  std::string key;
};

struct OtherThingHappened {};

class EventBusTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  EventBusTest() : database_(testing::fresh_database_url(GetParam()), 4) {
    storage::migrate(database_, embedded_migrations());
  }

  long long counters() { return testing::count_scratch_rows(database_); }
  static void insert_counter(soci::session& sql, const std::string& key) { testing::insert_scratch_row(sql, key); }

  storage::Database database_;
  EventBus bus_;
};

TEST_P(EventBusTest, SubscribersWriteInThePublishersTransactionInOrder) {
  std::vector<std::string> calls;
  bus_.subscribe<ThingHappened>([&](storage::Transaction& sql, const ThingHappened& event) {
    calls.push_back("first " + event.key);
    insert_counter(sql, event.key);
  });
  bus_.subscribe<ThingHappened>([&](storage::Transaction&, const ThingHappened& event) {
    calls.push_back("second " + event.key);
  });
  bus_.subscribe<OtherThingHappened>([&](storage::Transaction&, const OtherThingHappened&) { calls.push_back("other"); });

  database_.write([&](storage::Transaction& sql) { bus_.publish(sql, ThingHappened{"a"}); });

  EXPECT_EQ(calls, (std::vector<std::string>{"first a", "second a"}));
  EXPECT_EQ(counters(), 1);
}

TEST_P(EventBusTest, AnEventNobodySubscribedToIsHarmless) {
  EXPECT_NO_THROW(database_.write([&](storage::Transaction& sql) { bus_.publish(sql, OtherThingHappened{}); }));
}

TEST_P(EventBusTest, ASubscriberThatThrowsRollsThePublisherBack) {
  bus_.subscribe<ThingHappened>([](storage::Transaction& sql, const ThingHappened& event) { insert_counter(sql, event.key); });
  bus_.subscribe<ThingHappened>([](storage::Transaction&, const ThingHappened&) { throw std::runtime_error("no"); });

  EXPECT_THROW(database_.write([&](storage::Transaction& sql) {
                 insert_counter(sql, "publisher's own write");
                 bus_.publish(sql, ThingHappened{"subscriber's write"});
               }),
               std::runtime_error);
  EXPECT_EQ(counters(), 0);
}

TEST_P(EventBusTest, AfterCommitSubscribersSeeTheCommittedDataAndNeverARollback) {
  std::vector<std::string> seen;
  bus_.after_commit<ThingHappened>([&](const ThingHappened& event) {
    seen.push_back(event.key + " with " + std::to_string(counters()) + " row");
  });

  database_.write([&](storage::Transaction& sql) {
    bus_.publish(sql, ThingHappened{"kept"});
    insert_counter(sql, "kept");
    EXPECT_TRUE(seen.empty()) << "ran before the commit";
  });
  EXPECT_EQ(seen, (std::vector<std::string>{"kept with 1 row"}));

  EXPECT_THROW(database_.write([&](storage::Transaction& sql) {
                 bus_.publish(sql, ThingHappened{"rolled back"});
                 throw std::runtime_error("abort");
               }),
               std::runtime_error);
  EXPECT_EQ(seen.size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Backends, EventBusTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet::events
