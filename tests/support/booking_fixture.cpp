#include "booking_fixture.hpp"

#include <boost/json/serialize.hpp>

#include <thread>

namespace medimeet::testing {

using boost::json::array;
using boost::json::object;

namespace {

TestServerOptions starting_at_the_fixture_time(TestServerOptions options) {
  if (!options.start_at) options.start_at = parse_iso8601("2026-11-30T06:00:00.000Z");
  return options;
}

}  // namespace

BookingFixture::BookingFixture(TestServerOptions options)
    : server_(GetParam(), starting_at_the_fixture_time(std::move(options))) {
  doctor_ = server_.register_account("doctor", "dr.durand@example.com");
  server_.client().patch("/api/v1/users/me", object{{"name", "Hélène Durand"}}, doctor_.token);
  array windows;
  for (const char* day : {"monday", "tuesday", "wednesday", "thursday", "friday"}) {
    windows.push_back(object{{"day", day}, {"startTime", "09:00"}, {"endTime", "12:00"}});
  }
  auto profile = server_.client().patch("/api/v1/doctors/me",
                                        object{{"specialty", "Cardiologie"},
                                               {"experience", 12},
                                               {"location", "Paris"},
                                               {"price", 30},
                                               {"timezone", "Europe/Paris"},
                                               {"availability", windows}},
                                        doctor_.token);
  EXPECT_EQ(profile.status, 200) << profile.body;
}

TestAccount BookingFixture::patient(const std::string& email) {
  auto account = server_.register_account("patient", email);
  server_.verify_email(account.id);
  return account;
}

HttpResult BookingFixture::book(const TestAccount& who, const std::string& date,
                                const std::string& notes, const std::string& idempotency_key) {
  std::map<std::string, std::string> headers{{"Authorization", "Bearer " + who.token}};
  if (!idempotency_key.empty()) headers["Idempotency-Key"] = idempotency_key;
  return server_.client().send(
      "POST", "/api/v1/appointments",
      boost::json::serialize(object{{"doctorId", doctor_.id}, {"appointmentDate", date}, {"notes", notes}}),
      headers);
}

std::string BookingFixture::id_of(const HttpResult& result) const {
  return text(result.json().at("_id"));
}

std::vector<ReceivedEmail> BookingFixture::emails_about(const std::string& address, const std::string& subject) {
  std::vector<ReceivedEmail> found;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  do {
    found.clear();
    for (auto& email : server_.smtp().messages()) {
      if (email.to.find(address) != std::string::npos && email.subject.find(subject) != std::string::npos) {
        found.push_back(std::move(email));
      }
    }
    if (!found.empty()) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  } while (std::chrono::steady_clock::now() < deadline);
  return found;
}

}  // namespace medimeet::testing
