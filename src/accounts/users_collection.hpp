#pragma once

#include "accounts/account_service.hpp"
#include "kernel/collection.hpp"

namespace medimeet::accounts {

// The Users collection for export and import. Exported without the password hash and the reset
// token. Imported users keep the password hash they came with (bcrypt from the original
// MediMeet, replaced by Argon2id at their first login); one without a password resets it.
class UsersCollection final : public kernel::Collection {
 public:
  explicit UsersCollection(AccountService& accounts) : accounts_(accounts) {}

  std::string_view name() const override { return "users"; }
  const ExtendedJsonShape& shape() const override;
  void export_documents(soci::session& sql, const kernel::DocumentWriter& write) const override;
  kernel::DocumentInsert import_document(JsonInput& document, kernel::ImportedIds& ids) override;

 private:
  AccountService& accounts_;
};

// Imported ids of users by role ("users.patient", "users.doctor"): what a patient's or a
// doctor's document (and any reference to one) must name.
std::string users_with_role(Role role);

// A phone number as the original MediMeet kept it, in E.164 when it can be read as one: spaces,
// dots, dashes and brackets dropped, "00" read as "+", and a French national number
// ("06 12 34 56 78") given +33. Anything else is returned as it was.
std::string international_phone(std::string_view phone);

}  // namespace medimeet::accounts
