#pragma once

#include "common/error.hpp"

#include <optional>
#include <string>
#include <string_view>

#include "access/role.hpp"
#include "common/time.hpp"
#include "i18n/language.hpp"

namespace medimeet::accounts {

using access::Role;
using access::role_from_string;
using access::to_string;

// A document of the Users collection. `password_hash` and `reset_password_token_hash` never
// leave the server.
struct User {
  std::string id;
  std::string name;
  std::string email;  // normalised: trimmed, lower case
  std::string password_hash;
  Role role = Role::patient;
  std::string phone;  // E.164
  bool email_verified = false;
  bool phone_verified = false;
  i18n::Language language = i18n::Language::en;  // of everything written to them (an addition to the seed)
  std::optional<std::string> reset_password_token_hash;
  std::optional<TimePoint> reset_password_expires;
  TimePoint created_at;
  TimePoint updated_at;
};

// Trims and lower-cases an email address, so addresses that differ only in case are one.
std::string normalize_email(std::string_view email);
// A deliberately simple check: one "@", a non-empty local part, a dotted domain, no spaces,
// at most 254 characters. Deliverability is proven by the verification email, not here.
bool is_valid_email(std::string_view normalized_email);
// "+" then 8 to 15 digits, the first not 0.
bool is_valid_e164(std::string_view phone);
// Why `name` may not be used as a display name, or nullopt. Expects a trimmed name.
std::optional<FieldProblem> name_problem(std::string_view name);

}  // namespace medimeet::accounts
