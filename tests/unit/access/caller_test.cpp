// admit(): who gets past a route's declared access, and what the others are told.
#include "access/caller.hpp"

#include <gtest/gtest.h>

#include "common/error.hpp"

namespace medimeet::access {
namespace {

// Knows two tokens: "patient-token" and "doctor-token"; counts how often it was asked.
class FakeAuthenticator : public Authenticator {
 public:
  Caller authenticate_token(std::string_view token) override {
    ++calls;
    if (token == "patient-token") return {"p1", Role::patient, "s1", true};
    if (token == "doctor-token") return {"d1", Role::doctor, "s2", false};
    throw AppError::unauthenticated();
  }
  Caller authenticate_ticket(std::string_view ticket) override {
    ++calls;
    if (ticket == "patient-ticket") return {"p1", Role::patient, "s1", true};
    throw AppError::unauthenticated();
  }
  int calls = 0;
};

std::optional<Caller> admit(Authenticator& authenticator, Access access, std::optional<std::string_view> token) {
  return access::admit(authenticator, access, Credentials{token, std::nullopt});
}

std::string refusal(FakeAuthenticator& authenticator, Access access, std::optional<std::string_view> token) {
  try {
    admit(authenticator, access, token);
  } catch (const AppError& error) {
    return error.code();
  }
  return "admitted";
}

template <class Action>
std::string refusal_of(Action action) {
  try {
    action();
  } catch (const AppError& error) {
    return error.code();
  }
  return "admitted";
}

TEST(Admit, AnyoneNeedsNoTokenAndLooksAtNone) {
  FakeAuthenticator authenticator;
  EXPECT_EQ(admit(authenticator, Access::anyone, std::nullopt), std::nullopt);
  EXPECT_EQ(admit(authenticator, Access::anyone, "not a token"), std::nullopt);
  EXPECT_EQ(authenticator.calls, 0);
}

TEST(Admit, SignedInTakesEitherRoleAndResolvesTheCallerOnce) {
  FakeAuthenticator authenticator;
  const auto patient = admit(authenticator, Access::signed_in, "patient-token");
  ASSERT_TRUE(patient.has_value());
  EXPECT_EQ(patient->user_id, "p1");
  EXPECT_EQ(patient->role, Role::patient);
  EXPECT_EQ(patient->session_id, "s1");
  EXPECT_TRUE(patient->email_verified);
  EXPECT_EQ(admit(authenticator, Access::signed_in, "doctor-token")->user_id, "d1");
  EXPECT_EQ(authenticator.calls, 2);
}

TEST(Admit, NoTokenOrABadOneIsUnauthenticated) {
  FakeAuthenticator authenticator;
  for (auto access : {Access::signed_in, Access::patient, Access::doctor}) {
    EXPECT_EQ(refusal(authenticator, access, std::nullopt), "unauthenticated") << to_string(access);
    EXPECT_EQ(refusal(authenticator, access, "forged"), "unauthenticated") << to_string(access);
  }
}

TEST(Admit, ARoleRouteRefusesTheOtherRole) {
  FakeAuthenticator authenticator;
  EXPECT_EQ(refusal(authenticator, Access::patient, "doctor-token"), "not_a_patient");
  EXPECT_EQ(refusal(authenticator, Access::doctor, "patient-token"), "not_a_doctor");
  EXPECT_EQ(refusal(authenticator, Access::patient, "patient-token"), "admitted");
  EXPECT_EQ(refusal(authenticator, Access::doctor, "doctor-token"), "admitted");
}

TEST(Admit, ATicketIsRedeemedInsteadOfTheBearerToken) {
  FakeAuthenticator authenticator;
  EXPECT_EQ(access::admit(authenticator, Access::signed_in, {"doctor-token", "patient-ticket"})->user_id, "p1");
  EXPECT_EQ(authenticator.calls, 1);
  EXPECT_EQ(refusal_of([&] { access::admit(authenticator, Access::signed_in, {std::nullopt, "used-ticket"}); }),
            "unauthenticated");
  EXPECT_EQ(refusal_of([&] { access::admit(authenticator, Access::doctor, {std::nullopt, "patient-ticket"}); }),
            "not_a_doctor");
}

}  // namespace
}  // namespace medimeet::access
