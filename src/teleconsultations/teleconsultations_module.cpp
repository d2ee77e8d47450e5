#include "teleconsultations/teleconsultations_module.hpp"

#include "booking/booking_events.hpp"
#include "teleconsultations/teleconsultation_routes.hpp"

namespace medimeet::teleconsultations {

TeleconsultationsModule::TeleconsultationsModule(kernel::Core core, realtime::RealtimeModule& realtime,
                                                 const appointments::AppointmentService& appointments,
                                                 const audit::AuditLog& audit, files::FileService& files,
                                                 const accounts::AccountService& accounts,
                                                 const doctors::DoctorService& doctors,
                                                 const patients::PatientService& patients,
                                                 const notifications::NotificationService& notifications,
                                                 const security::SecretKey& master_key,
                                                 TeleconsultationSettings settings)
    : service_(core.database, core.clock, appointments, audit, files, core.events, core.live, doctors, patients,
               master_key, settings),
      notices_(accounts, doctors, notifications),
      signaling_(core.database, core.clock, appointments, core.live, settings.room),
      collection_(service_, files, appointments) {
  notices_.subscribe(core.events);
  for (const char* type : {"room.join", "room.admit", "room.leave", "rtc.offer", "rtc.answer", "rtc.ice"}) {
    realtime.take_messages(type, signaling_);
  }
  files.add_access_rule(*this);
  // A video appointment has its room from the moment it is booked; a reschedule moves the room's
  // window with it and a cancellation closes it, both read from the appointment.
  core.events.subscribe<booking::AppointmentBooked>([this](storage::Transaction& sql, const booking::AppointmentBooked& booked) {
    if (booked.appointment.mode == appointments::ConsultationMode::video) {
      service_.create_for(sql, booked.appointment, booked.appointment.created_at);
    }
  });
}

void TeleconsultationsModule::add_routes(http::Router& router) { teleconsultations::add_routes(router, service_); }

}  // namespace medimeet::teleconsultations
