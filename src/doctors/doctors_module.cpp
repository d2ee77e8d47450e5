#include "doctors/doctors_module.hpp"

#include "doctors/doctor_json.hpp"

#include "accounts/account_events.hpp"
#include "doctors/doctor_routes.hpp"

namespace medimeet::doctors {
namespace {

constexpr int kFreeDaysBatch = 20;

}  // namespace

DoctorsModule::DoctorsModule(kernel::Core core, const appointments::AppointmentService& appointments,
                             DoctorSettings settings)
    : service_(core.database, core.clock, appointments, std::move(settings)),
      listings_(service_, core.clock, service_.settings().listing_cache_bytes),
      // Each doctor's free days move on at their midnight; a batch at a time keeps the write
      // lock short for bookings.
      free_days_("free days", std::chrono::minutes(1), [this] { return service_.renew_free_days(kFreeDaysBatch); }) {
  core.events.subscribe<accounts::UserRegistered>(
      [this](storage::Transaction& sql, const accounts::UserRegistered& registered) {
        if (registered.role == access::Role::doctor) service_.create_profile(sql, registered.user_id, registered.at);
      });
}

void DoctorsModule::start() { free_days_.start(); }

void DoctorsModule::stop() { free_days_.stop(); }

void DoctorsModule::add_routes(http::Router& router) { doctors::add_routes(router, service_, listings_); }

void DoctorsModule::export_personal_data(soci::session& sql, const access::Caller& caller,
                                         boost::json::object& document) const {
  if (caller.is(access::Role::doctor)) document["profile"] = doctor_to_json(service_.get(sql, caller.user_id), true);
}

}  // namespace medimeet::doctors
