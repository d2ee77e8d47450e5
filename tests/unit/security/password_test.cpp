#include <gtest/gtest.h>

#include <set>

#include "security/password_hasher.hpp"
#include "security/password_policy.hpp"
#include "security/tokens.hpp"

namespace medimeet::security {
namespace {

TEST(PasswordPolicy, EnforcesLengthInCharacters) {
  EXPECT_EQ(password_problem("short", "a@b.co", "Ann"), "must be at least 10 characters");
  EXPECT_EQ(password_problem(std::string(129, 'x') + "y", "a@b.co", "Ann"),
            "must be at most 128 characters");
  // Nine two-byte characters are nine characters, not eighteen.
  EXPECT_TRUE(password_problem("ééééééééé", "a@b.co", "Ann").has_value());
  EXPECT_FALSE(password_problem("éééééééééz", "a@b.co", "Ann").has_value());
}

TEST(PasswordPolicy, RefusesCommonAndPersonalPasswords) {
  EXPECT_TRUE(password_problem("Password123", "a@b.co", "Ann").has_value());
  EXPECT_TRUE(password_problem("qwertyuiop", "a@b.co", "Ann").has_value());
  EXPECT_TRUE(password_problem("zzzzzzzzzzzz", "a@b.co", "Ann").has_value());
  EXPECT_TRUE(password_problem("ann.martin@example.com", "ann.martin@example.com", "Ann").has_value());
  EXPECT_TRUE(password_problem("Ann Martin-Dupont", "a@b.co", "ann martin-dupont").has_value());
  EXPECT_FALSE(password_problem("correct horse battery", "a@b.co", "Ann").has_value());
}

TEST(PasswordHasher, UsesArgon2idWithAtLeast19MiBAndTwoPasses) {
  PasswordHasher hasher(2);
  const auto hash = hasher.hash("correct horse battery");
  EXPECT_EQ(hash.rfind("$argon2id$v=19$m=19456,t=2,p=1$", 0), 0u) << hash;
  EXPECT_TRUE(hasher.verify(hash, "correct horse battery"));
  EXPECT_FALSE(hasher.verify(hash, "correct horse batterY"));
  EXPECT_FALSE(hasher.verify("not a hash", "correct horse battery"));
  EXPECT_NE(hasher.hash("correct horse battery"), hash);  // salted
}

TEST(PasswordHasher, VerifiesImportedBcryptHashesAndAsksToReplaceThem) {
  PasswordHasher hasher(1);
  // crypt_blowfish's test vectors: the $2a$ and $2b$ spellings of one hash of "U*U".
  const std::string bcrypt_2a = "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW";
  const std::string bcrypt_2b = "$2b$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW";
  EXPECT_TRUE(hasher.verify(bcrypt_2a, "U*U"));
  EXPECT_TRUE(hasher.verify(bcrypt_2b, "U*U"));
  EXPECT_FALSE(hasher.verify(bcrypt_2a, "U*V"));
  EXPECT_FALSE(hasher.verify(bcrypt_2a, std::string("U*U\0more", 7)));
  EXPECT_FALSE(hasher.verify("$2b$05$tooshort", "U*U"));
  EXPECT_TRUE(hasher.needs_rehash(bcrypt_2b));
  EXPECT_FALSE(hasher.needs_rehash(hasher.hash("U*U")));
}

TEST(Tokens, AreLongRandomAndHashedDeterministically) {
  std::set<std::string> tokens;
  for (int i = 0; i < 1000; ++i) tokens.insert(random_token());
  EXPECT_EQ(tokens.size(), 1000u);
  const auto token = *tokens.begin();
  EXPECT_EQ(token.size(), 43u);  // 256 bits in unpadded base64url
  EXPECT_EQ(hash_token(token), hash_token(token));
  EXPECT_EQ(hash_token(token).size(), 64u);
  EXPECT_NE(hash_token(token), token);
  EXPECT_NE(hash_code("user-a", "123456"), hash_code("user-b", "123456"));
}

TEST(Tokens, DigitsAreDigits) {
  for (int i = 0; i < 100; ++i) {
    const auto code = random_digits(6);
    ASSERT_EQ(code.size(), 6u);
    EXPECT_EQ(code.find_first_not_of("0123456789"), std::string::npos);
  }
}

}  // namespace
}  // namespace medimeet::security
