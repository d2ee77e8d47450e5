#include "accounts/users_collection.hpp"

#include "accounts/account_json.hpp"
#include "common/field_problems.hpp"
#include "common/text.hpp"
#include "security/password_hasher.hpp"
#include "storage/query.hpp"

namespace medimeet::accounts {
namespace {

// The stored password of an account imported without one: no password verifies against it.
constexpr std::string_view kNoPassword = "!";

}  // namespace

std::string users_with_role(Role role) { return "users." + std::string(to_string(role)); }

std::string international_phone(std::string_view phone) {
  std::string digits;
  for (const char c : phone) {
    if (c == ' ' || c == '.' || c == '-' || c == '(' || c == ')') continue;
    digits += c;
  }
  if (digits.starts_with("00")) digits = "+" + digits.substr(2);
  if (digits.size() == 10 && digits[0] == '0' && digits[1] != '0' &&
      digits.find_first_not_of("0123456789") == std::string::npos) {
    digits = "+33" + digits.substr(1);
  }
  return is_valid_e164(digits) ? digits : std::string(phone);
}

const ExtendedJsonShape& UsersCollection::shape() const {
  static const ExtendedJsonShape shape{{"_id"}, {"createdAt", "updatedAt"}};
  return shape;
}

void UsersCollection::export_documents(soci::session& sql, const kernel::DocumentWriter& write) const {
  storage::for_each_id(sql, "users", [&](const std::string& id) {
    if (auto user = accounts_.find_user(sql, id)) write(user_to_json(*user));
  });
}

kernel::DocumentInsert UsersCollection::import_document(JsonInput& document, kernel::ImportedIds& ids) {
  User user;
  user.id = kernel::read_document_id(document, name(), ids);
  user.name = trim(document.required_string("name"));
  if (auto problem = name_problem(user.name); problem && document.has("name")) document.reject("name", *problem);

  user.email = normalize_email(document.required_string("email"));
  if (!is_valid_email(user.email)) {
    if (document.has("email")) document.reject("email", problems::invalid_email());
  } else if (!ids.add("users.email", user.email)) {
    document.reject("email", problems::already_registered());
  }

  user.password_hash = document.optional_string("password").value_or(std::string(kNoPassword));
  if (user.password_hash != kNoPassword && !security::PasswordHasher::recognizes(user.password_hash)) {
    document.reject("password", FieldProblem("unsupported_password_hash", "is not a bcrypt or Argon2id hash"));
  }

  const auto role = document.required_string("role");
  if (auto known = role_from_string(role)) {
    user.role = *known;
  } else if (document.has("role")) {
    document.reject("role", problems::one_of("patient, doctor", "must be \"patient\" or \"doctor\""));
  }

  user.phone = international_phone(trim(document.required_string("phone")));
  if (!is_valid_e164(user.phone) && document.has("phone")) document.reject("phone", problems::invalid_phone());
  user.email_verified = document.optional_bool("emailVerified").value_or(false);
  user.phone_verified = document.optional_bool("phoneVerified").value_or(false);
  // The original MediMeet was written in French: its users read French unless they say otherwise.
  const auto language = document.optional_string("language").value_or("fr");
  if (auto known = i18n::language_from_string(language)) {
    user.language = *known;
  } else {
    document.reject("language", problems::one_of("fr, en", "must be \"fr\" or \"en\""));
  }
  // A pending reset link of the original app is not carried over: its owner asks for a new one.
  document.optional_string("resetPasswordToken");
  document.optional_instant("resetPasswordExpires", kernel::kInstantExample);
  std::tie(user.created_at, user.updated_at) = kernel::read_timestamps(document, user.id);

  if (document.ok() && !user.id.empty()) ids.add(users_with_role(user.role), user.id);
  return [this, user](storage::Transaction& transaction) { accounts_.import_account(transaction, user); };
}

}  // namespace medimeet::accounts
