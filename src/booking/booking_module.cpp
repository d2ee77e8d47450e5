#include "booking/booking_module.hpp"

#include "booking/booking_json.hpp"

#include "booking/appointment_live_events.hpp"
#include "booking/booking_routes.hpp"

namespace medimeet::booking {

BookingModule::BookingModule(kernel::Core core, const accounts::AccountService& accounts,
                             doctors::DoctorService& doctors,
                             const notifications::NotificationService& notifications, BookingSettings settings,
                             std::string public_url, std::chrono::milliseconds reminder_poll_interval)
    : notices_(accounts, doctors, notifications, settings.cancel_notice),
      service_(core.database, core.clock, accounts, doctors, core.events, notices_, std::move(settings)),
      calendar_(core.database, core.clock, accounts, service_, std::move(public_url)),
      appointments_(service_, doctors),
      reminders_("reminders", reminder_poll_interval, [this] { return service_.send_due_reminders(); }) {
  notices_.subscribe(core.events);
  publish_appointment_changes(core.events, core.live, service_);
}

void BookingModule::add_routes(http::Router& router) { booking::add_routes(router, service_, calendar_); }

void BookingModule::export_personal_data(soci::session& sql, const access::Caller& caller,
                                         boost::json::object& document) const {
  boost::json::array appointments;
  const auto policy = service_.policy();
  for (const auto& appointment : service_.appointments_of(sql, caller)) {
    appointments.push_back(appointment_to_json(appointment, policy));
  }
  document["appointments"] = std::move(appointments);
}

}  // namespace medimeet::booking
