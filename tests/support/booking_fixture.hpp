#pragma once

#include <boost/json/object.hpp>

#include "test_server.hpp"

namespace medimeet::testing {

// A Paris doctor working Monday to Friday 09:00-12:00 in 30-minute slots, verified patients,
// and a clock on Monday 2026-11-30 at 06:00Z (07:00 in Paris).
class BookingFixture : public ::testing::TestWithParam<TestBackend> {
 protected:
  explicit BookingFixture(TestServerOptions options = {});

  TestAccount patient(const std::string& email);
  // POST /api/v1/appointments as `who`.
  HttpResult book(const TestAccount& who, const std::string& date, const std::string& notes = "",
                  const std::string& idempotency_key = "");
  std::string id_of(const HttpResult& result) const;
  // The emails to `address` whose subject contains `subject`, once one arrived (the server needs
  // the `smtp` option).
  std::vector<ReceivedEmail> emails_about(const std::string& address, const std::string& subject);

  static TimePoint at(const char* iso) { return *parse_iso8601(iso); }

  TestServer server_;
  TestAccount doctor_;
};

}  // namespace medimeet::testing
