#include "security/password_policy.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "common/field_problems.hpp"
#include "common/text.hpp"

namespace medimeet::security {
namespace {

// The most common leaked passwords that are long enough to pass the length rule, and the
// obvious patterns people use to reach ten characters; compared case-insensitively.
constexpr std::array<std::string_view, 115> kCommonPasswords = {
    "1234567890", "0123456789", "12345678910", "123456789a", "a123456789", "1234567890a",
    "0987654321", "1111111111", "0000000000", "2222222222", "5555555555", "7777777777",
    "9999999999", "1212121212", "1231231231", "1234512345", "1122334455", "1qaz2wsx3edc",
    "1q2w3e4r5t", "1q2w3e4r5t6y", "q1w2e3r4t5", "qwertyuiop", "qwertyuiop1", "qwerty1234",
    "qwerty12345", "qwerty123456", "asdfghjkl1", "asdfghjkl;", "zxcvbnm123", "1qazxsw23edc",
    "zaq12wsxcde3", "password10", "password11", "password12", "password123", "password1234",
    "password12345", "password!1", "passw0rd123", "p@ssw0rd123", "p@ssword123", "password2024",
    "password2025", "password2026", "passwordpassword", "iloveyou123", "iloveyou12",
    "sunshine123", "princess123", "football123", "baseball123", "welcome123", "welcome1234",
    "welcome2024", "welcome2025", "welcome2026", "letmein123", "letmein1234", "monkey1234",
    "dragon1234", "master1234", "trustno1234", "superman123", "batman1234", "starwars123",
    "pokemon1234", "computer123", "internet123", "abcdefghij", "abcdefg123", "abcd123456",
    "abc1234567", "aaaaaaaaaa", "azertyuiop", "azerty1234", "azerty123456", "motdepasse",
    "motdepasse1", "motdepasse123", "soleil1234", "doudou1234", "chouchou123", "marseille13",
    "changeme123", "changemenow", "administrator", "admin12345", "admin123456", "adminadmin",
    "rootroot12", "test123456", "testtest12", "qazwsxedcrfv", "1qaz!qaz1qaz", "michael123",
    "jennifer123", "jordan2323", "liverpool1", "chocolate1", "basketball", "basketball1",
    "football12", "soccer1234", "hello12345", "helloworld", "helloworld1", "whatever123",
    "mustang123", "shadow1234", "freedom123", "cheese1234", "summer2024", "summer2025",
    "medimeet123", "medimeet2026",
};

}  // namespace

std::optional<FieldProblem> password_problem(std::string_view password, std::string_view email,
                                            std::string_view name) {
  const auto length = utf8_length(password);
  if (length < kMinPasswordLength) {
    return problems::too_short(kMinPasswordLength);
  }
  if (length > kMaxPasswordLength) {
    return problems::too_long(kMaxPasswordLength);
  }
  const auto lowered = ascii_lowercase(password);
  if (std::find(kCommonPasswords.begin(), kCommonPasswords.end(), lowered) !=
      kCommonPasswords.end()) {
    return problems::password_too_common();
  }
  if (std::all_of(lowered.begin(), lowered.end(), [&](char c) { return c == lowered.front(); })) {
    return problems::password_repeats_character();
  }
  if ((!email.empty() && lowered == ascii_lowercase(email)) ||
      (!email.empty() && lowered == ascii_lowercase(email.substr(0, email.find('@')))) ||
      (!name.empty() && lowered == ascii_lowercase(name))) {
    return problems::password_contains_identity();
  }
  return std::nullopt;
}

}  // namespace medimeet::security
