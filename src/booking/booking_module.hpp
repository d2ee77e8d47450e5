#pragma once

#include <chrono>
#include <string>

#include "accounts/account_service.hpp"
#include "booking/appointment_calendar.hpp"
#include "booking/appointment_notices.hpp"
#include "booking/appointments_collection.hpp"
#include "booking/booking_service.hpp"
#include "common/background_loop.hpp"
#include "doctors/doctor_service.hpp"
#include "kernel/module.hpp"
#include "notifications/notification_service.hpp"

namespace medimeet::booking {

// Booking and the life of appointments: their notices, reminders and calendar files.
class BookingModule : public kernel::Module {
 public:
  BookingModule(kernel::Core core, const accounts::AccountService& accounts, doctors::DoctorService& doctors,
                const notifications::NotificationService& notifications, BookingSettings settings,
                std::string public_url, std::chrono::milliseconds reminder_poll_interval);

  BookingService& service() { return service_; }

  void add_routes(http::Router& router) override;
  void start() override { reminders_.start(); }
  void stop() override { reminders_.stop(); }
  long long purge_expired() override { return service_.purge_expired(); }
  void export_personal_data(soci::session& sql, const access::Caller& caller,
                            boost::json::object& document) const override;
  std::vector<kernel::Collection*> collections() override { return {&appointments_}; }

 private:
  AppointmentNotices notices_;
  BookingService service_;
  AppointmentCalendar calendar_;
  AppointmentsCollection appointments_;
  BackgroundLoop reminders_;  // last: its thread uses the members above
};

}  // namespace medimeet::booking
