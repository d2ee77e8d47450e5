#pragma once

#include "accounts/account_service.hpp"
#include "accounts/users_collection.hpp"
#include "kernel/module.hpp"
#include "notifications/outbox.hpp"
#include "security/password_hasher.hpp"

namespace medimeet::accounts {

// Accounts, sessions and verification; its service is the application's Authenticator.
class AccountsModule : public kernel::Module {
 public:
  AccountsModule(kernel::Core core, AccountSettings settings, const notifications::OutboxRepository& outbox);

  AccountService& service() { return service_; }

  void add_routes(http::Router& router) override;
  long long purge_expired() override { return service_.purge_expired(); }
  void export_personal_data(soci::session& sql, const access::Caller& caller,
                            boost::json::object& document) const override;
  std::vector<kernel::Collection*> collections() override { return {&users_}; }

 private:
  security::PasswordHasher password_hasher_;
  AccountService service_;
  UsersCollection users_{service_};
};

}  // namespace medimeet::accounts
