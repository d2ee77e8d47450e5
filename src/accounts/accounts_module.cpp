#include "accounts/accounts_module.hpp"

#include <algorithm>
#include <thread>

#include "accounts/account_json.hpp"
#include "accounts/account_routes.hpp"

namespace medimeet::accounts {

AccountsModule::AccountsModule(kernel::Core core, AccountSettings settings,
                               const notifications::OutboxRepository& outbox)
    : password_hasher_(std::max(1u, std::thread::hardware_concurrency())),
      service_(core.database, core.clock, password_hasher_, core.events, core.live, std::move(settings),
               outbox) {}

void AccountsModule::add_routes(http::Router& router) { accounts::add_routes(router, service_); }

void AccountsModule::export_personal_data(soci::session& sql, const access::Caller& caller,
                                          boost::json::object& document) const {
  if (auto user = service_.find_user(sql, caller.user_id)) document["account"] = user_to_json(*user);
}

}  // namespace medimeet::accounts
