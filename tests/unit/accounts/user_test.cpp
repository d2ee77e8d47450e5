#include "accounts/user.hpp"

#include <gtest/gtest.h>

namespace medimeet::accounts {
namespace {

TEST(User, NormalisesEmails) {
  EXPECT_EQ(normalize_email("  Ann.Martin@Example.COM "), "ann.martin@example.com");
}

TEST(User, ValidatesEmails) {
  for (const char* good : {"a@b.co", "ann.martin+tag@example.fr", "x@sub.domain.org"}) {
    EXPECT_TRUE(is_valid_email(good)) << good;
  }
  for (const char* bad : {"", "ann", "ann@", "@example.com", "ann@example", "a@b@c.com",
                          "ann martin@example.com", "ann@example..com", "ann@example.com.",
                          "<ann@example.com>"}) {
    EXPECT_FALSE(is_valid_email(bad)) << bad;
  }
}

TEST(User, ValidatesE164Phones) {
  for (const char* good : {"+33612345678", "+14155552671", "+4930123456"}) {
    EXPECT_TRUE(is_valid_e164(good)) << good;
  }
  for (const char* bad : {"", "0612345678", "+0612345678", "+33 6 12 34 56 78", "+336123",
                          "+3361234567890123", "+33612345678a"}) {
    EXPECT_FALSE(is_valid_e164(bad)) << bad;
  }
}

TEST(User, ValidatesNames) {
  EXPECT_FALSE(name_problem("Dr Émilie Durand").has_value());
  EXPECT_TRUE(name_problem("").has_value());
  EXPECT_TRUE(name_problem(std::string(101, 'a')).has_value());
  EXPECT_TRUE(name_problem("Ann\nMartin").has_value());
}

TEST(User, RolesAreTheSeedsEnum) {
  EXPECT_EQ(role_from_string("patient"), Role::patient);
  EXPECT_EQ(role_from_string("doctor"), Role::doctor);
  EXPECT_EQ(role_from_string("admin"), std::nullopt);
  EXPECT_EQ(role_from_string("Doctor"), std::nullopt);
}

}  // namespace
}  // namespace medimeet::accounts
