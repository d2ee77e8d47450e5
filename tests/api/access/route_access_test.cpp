// Every route declares who may call it, and the router holds every route to it: this table lists
// them all (a new route fails here until it is added with its access), then each route that needs
// a login is called without one and, for one role's routes, by the other role.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "test_server.hpp"

namespace medimeet {
namespace {

using access::Access;
using testing::TestBackend;
using testing::TestServer;

struct DeclaredRoute {
  std::string method;
  std::string pattern;
  Access access;
  bool operator<(const DeclaredRoute& other) const {
    return std::tie(pattern, method) < std::tie(other.pattern, other.method);
  }
};

const std::vector<DeclaredRoute> kRoutes = {
    {"GET", "/healthz", Access::anyone},
    {"GET", "/readyz", Access::anyone},
    {"GET", "/api/v1/openapi.json", Access::anyone},
    {"POST", "/api/v1/auth/register", Access::anyone},
    {"POST", "/api/v1/auth/login", Access::anyone},
    {"POST", "/api/v1/auth/logout", Access::signed_in},
    {"POST", "/api/v1/events/ticket", Access::signed_in},
    {"GET", "/api/v1/events", Access::signed_in},
    {"POST", "/api/v1/files", Access::signed_in},
    {"GET", "/api/v1/files/{id}", Access::signed_in},
    {"POST", "/api/v1/messages", Access::signed_in},
    {"GET", "/api/v1/medical-records", Access::signed_in},
    {"GET", "/api/v1/medical-records/{id}", Access::signed_in},
    {"GET", "/api/v1/patients/{patientId}/medical-record", Access::doctor},
    {"POST", "/api/v1/patients/{patientId}/medical-record/entries", Access::doctor},
    {"POST", "/api/v1/medical-records/{id}/entries", Access::signed_in},
    {"PATCH", "/api/v1/medical-records/{id}/entries/{entryId}", Access::signed_in},
    {"DELETE", "/api/v1/medical-records/{id}/entries/{entryId}", Access::signed_in},
    {"POST", "/api/v1/medical-records/{id}/share", Access::patient},
    {"DELETE", "/api/v1/medical-records/{id}/share/{doctorId}", Access::patient},
    {"GET", "/api/v1/patients/me/access-log", Access::patient},
    {"GET", "/api/v1/users/me/export", Access::signed_in},
    {"GET", "/api/v1/teleconsultations/{id}", Access::signed_in},
    {"GET", "/api/v1/appointments/{id}/teleconsultation", Access::signed_in},
    {"GET", "/api/v1/teleconsultations/{id}/ice-servers", Access::signed_in},
    {"POST", "/api/v1/teleconsultations/{id}/documents", Access::signed_in},
    {"DELETE", "/api/v1/teleconsultations/{id}/documents/{fileId}", Access::signed_in},
    {"PUT", "/api/v1/teleconsultations/{id}/prescription", Access::doctor},
    {"GET", "/api/v1/teleconsultations/{id}/prescription.pdf", Access::signed_in},
    {"GET", "/api/v1/prescriptions/verify/{code}", Access::anyone},
    {"GET", "/api/v1/messages/unread-count", Access::signed_in},
    {"GET", "/api/v1/conversations", Access::signed_in},
    {"GET", "/api/v1/conversations/{userId}/messages", Access::signed_in},
    {"POST", "/api/v1/conversations/{userId}/read", Access::signed_in},
    {"POST", "/api/v1/auth/change-password", Access::signed_in},
    {"POST", "/api/v1/auth/verify-email", Access::anyone},
    {"POST", "/api/v1/auth/resend-verification", Access::signed_in},
    {"POST", "/api/v1/auth/verify-phone/request", Access::signed_in},
    {"POST", "/api/v1/auth/verify-phone", Access::signed_in},
    {"POST", "/api/v1/auth/forgot-password", Access::anyone},
    {"POST", "/api/v1/auth/reset-password", Access::anyone},
    {"GET", "/api/v1/users/me", Access::signed_in},
    {"PATCH", "/api/v1/users/me", Access::signed_in},
    {"GET", "/api/v1/patients/me", Access::patient},
    {"PATCH", "/api/v1/patients/me", Access::patient},
    {"GET", "/api/v1/patients/me/doctors", Access::patient},
    {"GET", "/api/v1/patients/{id}", Access::signed_in},
    {"GET", "/api/v1/doctors", Access::anyone},
    {"GET", "/api/v1/doctors/specialties", Access::anyone},
    {"GET", "/api/v1/doctors/popular", Access::anyone},
    {"GET", "/api/v1/doctors/{id}", Access::anyone},
    {"GET", "/api/v1/doctors/{id}/slots", Access::anyone},
    {"GET", "/api/v1/doctors/me", Access::doctor},
    {"PATCH", "/api/v1/doctors/me", Access::doctor},
    {"GET", "/api/v1/doctors/me/time-off", Access::doctor},
    {"POST", "/api/v1/doctors/me/time-off", Access::doctor},
    {"DELETE", "/api/v1/doctors/me/time-off/{id}", Access::doctor},
    {"POST", "/api/v1/doctors/me/time-off/{id}/cancel-bookings", Access::doctor},
    {"GET", "/api/v1/doctors/me/stats", Access::doctor},
    {"GET", "/api/v1/doctors/me/patients", Access::doctor},
    {"GET", "/api/v1/doctors/me/visit-reasons", Access::doctor},
    {"POST", "/api/v1/doctors/me/visit-reasons", Access::doctor},
    {"PATCH", "/api/v1/doctors/me/visit-reasons/{id}", Access::doctor},
    {"DELETE", "/api/v1/doctors/me/visit-reasons/{id}", Access::doctor},
    {"GET", "/api/v1/doctors/{id}/visit-reasons", Access::anyone},
    {"GET", "/api/v1/booking-policy", Access::anyone},
    {"POST", "/api/v1/doctors/me/appointments", Access::doctor},
    {"POST", "/api/v1/appointments", Access::patient},
    {"GET", "/api/v1/appointments", Access::signed_in},
    {"GET", "/api/v1/appointments/{id}", Access::signed_in},
    {"POST", "/api/v1/appointments/{id}/cancel", Access::signed_in},
    {"POST", "/api/v1/appointments/{id}/reschedule", Access::signed_in},
    {"POST", "/api/v1/appointments/{id}/complete", Access::signed_in},
    {"POST", "/api/v1/appointments/{id}/no-show", Access::doctor},
    {"GET", "/api/v1/appointments/{id}/calendar.ics", Access::signed_in},
    {"POST", "/api/v1/calendar/feed/rotate", Access::signed_in},
    {"GET", "/api/v1/calendar/feed/{file}", Access::anyone},
    {"GET", "/api/v1/notifications", Access::signed_in},
    {"GET", "/api/v1/notifications/unread-count", Access::signed_in},
    {"POST", "/api/v1/notifications/read-all", Access::signed_in},
    {"POST", "/api/v1/notifications/{id}/read", Access::signed_in},
    {"GET", "/api/v1/instance", Access::anyone},
    {"POST", "/api/v1/reviews", Access::patient},
    {"GET", "/api/v1/appointments/{id}/review", Access::patient},
    {"PATCH", "/api/v1/reviews/{id}", Access::patient},
    {"DELETE", "/api/v1/reviews/{id}", Access::patient},
    {"POST", "/api/v1/reviews/{id}/flag", Access::doctor},
    {"GET", "/api/v1/doctors/{id}/reviews", Access::anyone},
    {"GET", "/api/v1/payments", Access::signed_in},
    {"GET", "/api/v1/payments/{id}", Access::signed_in},
    {"GET", "/api/v1/appointments/{id}/payment", Access::signed_in},
    {"POST", "/api/v1/payments/{id}/checkout", Access::patient},
    {"POST", "/api/v1/payments/webhooks/stripe", Access::anyone},
    {"POST", "/api/v1/payments/{id}/confirm", Access::patient},
    {"POST", "/api/v1/payments/webhooks/paypal", Access::anyone},
};

// A concrete path for a pattern: a well-formed id wherever one is expected.
std::string path_of(const std::string& pattern) {
  std::string path = pattern;
  for (const char* parameter : {"{id}", "{file}", "{userId}", "{patientId}", "{entryId}", "{doctorId}", "{fileId}"}) {
    if (auto at = path.find(parameter); at != std::string::npos) {
      path.replace(at, std::string(parameter).size(), "6650f1a2b3c4d5e6f7a8b9c0");
    }
  }
  return path;
}

class RouteAccessTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  TestServer server_{GetParam()};
};

// The event socket answers a plain GET with 426: its callers are checked on the handshake.
std::map<std::string, std::string> handshake_of(const DeclaredRoute& route) {
  if (route.pattern != "/api/v1/events") return {};
  return {{"Connection", "Upgrade"},
          {"Upgrade", "websocket"},
          {"Sec-WebSocket-Version", "13"},
          {"Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="}};
}

TEST_P(RouteAccessTest, EveryRouteIsListedWithItsDeclaredAccess) {
  std::set<DeclaredRoute> declared;
  for (const auto& route : server_.app().router().routes()) {
    declared.insert({std::string(http::to_string(route.method)), route.pattern, route.access});
  }
  std::set<DeclaredRoute> expected(kRoutes.begin(), kRoutes.end());
  ASSERT_EQ(expected.size(), kRoutes.size()) << "a route is listed twice";
  for (const auto& route : declared) {
    auto found = expected.find(route);
    ASSERT_NE(found, expected.end()) << route.method << " " << route.pattern << " is not in this test's table";
    EXPECT_EQ(to_string(found->access), to_string(route.access)) << route.method << " " << route.pattern;
  }
  EXPECT_EQ(declared.size(), expected.size()) << "a route of the table is gone";
}

TEST_P(RouteAccessTest, RoutesThatNeedALoginRefuseCallersWithoutOne) {
  for (const auto& route : kRoutes) {
    if (route.access == Access::anyone) continue;
    const auto result = server_.client().send(route.method, path_of(route.pattern), {}, handshake_of(route));
    EXPECT_EQ(result.status, 401) << route.method << " " << route.pattern;
    EXPECT_EQ(result.error_code(), "unauthenticated") << route.method << " " << route.pattern;
    auto with_forged_token = handshake_of(route);
    with_forged_token["Authorization"] = "Bearer forged";
    const auto forged = server_.client().send(route.method, path_of(route.pattern), {}, with_forged_token);
    EXPECT_EQ(forged.status, 401) << route.method << " " << route.pattern;
  }
}

TEST_P(RouteAccessTest, OneRolesRoutesRefuseTheOtherRole) {
  const auto patient = server_.register_account("patient", "ann@example.com");
  const auto doctor = server_.register_account("doctor", "dr.lee@example.com");
  for (const auto& route : kRoutes) {
    if (route.access != Access::patient && route.access != Access::doctor) continue;
    const bool for_patients = route.access == Access::patient;
    const auto result = server_.client().send(route.method, path_of(route.pattern), {},
                                              {{"Authorization", "Bearer " + (for_patients ? doctor : patient).token}});
    EXPECT_EQ(result.status, 403) << route.method << " " << route.pattern;
    EXPECT_EQ(result.error_code(), for_patients ? "not_a_patient" : "not_a_doctor")
        << route.method << " " << route.pattern;
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, RouteAccessTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
