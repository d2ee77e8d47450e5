#include "appointments/booking_service.hpp"

#include <soci/soci.h>
#include <spdlog/spdlog.h>

#include "common/error.hpp"
#include "common/object_id.hpp"
#include "security/tokens.hpp"

namespace medimeet::appointments {
namespace {

using notifications::NotificationType;

AppError slot_unavailable() {
  return AppError::conflict("slot_unavailable", "This time is not one of the doctor's free slots.",
                            {{"appointmentDate", "is not a free slot of this doctor"}});
}

AppError unknown_appointment() { return AppError::not_found("The appointment"); }

AppError not_confirmed(const Appointment& appointment) {
  return AppError::conflict("not_confirmed",
                            "This appointment is " + std::string(to_string(appointment.status)) + ".");
}

std::string doctor_title(const std::string& name) {
  return name.starts_with("Dr") ? name : "Dr " + name;
}

bool is_party(const accounts::User& user, const Appointment& appointment) {
  return user.id == appointment.patient_id || user.id == appointment.doctor_id;
}

}  // namespace

BookingService::BookingService(storage::Database& database, const Clock& clock,
                               accounts::AccountService& accounts, doctors::DoctorService& doctors,
                               const notifications::NotificationService& notifications,
                               BookingSettings settings)
    : database_(database),
      clock_(clock),
      accounts_(accounts),
      doctors_(doctors),
      notifications_(notifications),
      settings_(std::move(settings)) {}

notifications::Recipient BookingService::recipient(const std::string& user_id) {
  const auto user = accounts_.get_user(user_id);
  return {user.id, user.email, user.phone, user.phone_verified};
}

std::vector<TimePoint> BookingService::reminder_times(TimePoint start, TimePoint now) const {
  std::vector<TimePoint> times;
  for (const auto& offset : settings_.reminder_offsets) {
    // A reminder whose time has already passed is skipped, not sent late.
    if (start - offset > now) times.push_back(start - offset);
  }
  return times;
}

void BookingService::check_booking_rules(soci::session& sql, const doctors::Doctor& doctor,
                                         const std::string& patient_id, TimePoint start,
                                         TimePoint now, const std::string& except_appointment) {
  if (!doctors_.is_free_slot(sql, doctor, start, now)) throw slot_unavailable();
  const auto day = doctors_.local_day_around(doctor, start);
  if (appointments_.count_with_doctor_between(sql, patient_id, doctor.id, day.start, day.end,
                                              except_appointment) > 0) {
    throw AppError::conflict("already_booked_that_day",
                             "You already have an appointment with this doctor that day.");
  }
  if (except_appointment.empty() &&
      appointments_.count_upcoming(sql, patient_id, now) >= settings_.max_upcoming_per_patient) {
    throw AppError::conflict("too_many_appointments",
                             "You already have " + std::to_string(settings_.max_upcoming_per_patient) +
                                 " upcoming appointments; cancel one to book another.");
  }
}

void BookingService::notify_booked(storage::Transaction& sql, const Appointment& appointment,
                                   const doctors::Doctor& doctor,
                                   const notifications::Recipient& patient,
                                   const notifications::Recipient& doctor_user, bool moved) {
  const auto when = doctors_.describe_local_time(doctor, appointment.appointment_date);
  const auto title = doctor_title(appointment.doctor_name);
  notifications_.notify(
      sql, patient, NotificationType::appointment_confirmation,
      moved ? "Your MediMeet appointment has moved" : "Your MediMeet appointment is confirmed",
      moved ? "Your appointment with " + title + " has moved to " + when + "."
            : "Your appointment with " + title + " on " + when + " is confirmed.",
      appointment.id);
  notifications_.notify(
      sql, doctor_user, NotificationType::appointment_confirmation,
      moved ? "An appointment has moved" : "New appointment",
      moved ? "The appointment with " + appointment.patient_name + " has moved to " + when + "."
            : "New appointment with " + appointment.patient_name + " on " + when + ".",
      appointment.id);
}

Appointment BookingService::book(const accounts::User& patient, const BookingRequest& request,
                                 const std::optional<std::string>& idempotency_key) {
  if (!patient.email_verified) {
    throw AppError::forbidden("email_not_verified", "Verify your email address before booking.");
  }
  const auto request_hash = security::hash_token(
      request.doctor_id + "|" + std::to_string(to_epoch_ms(request.appointment_date)) + "|" + request.notes);
  auto replay = [&](const std::pair<std::string, std::string>& stored) {
    if (stored.first != request_hash) {
      throw AppError::conflict("idempotency_key_reused",
                               "This Idempotency-Key was used for a different booking.");
    }
    return get(patient, stored.second);
  };
  if (idempotency_key) {
    auto stored = database_.read(
        [&](soci::session& sql) { return appointments_.find_idempotency_key(sql, patient.id, *idempotency_key); });
    if (stored) return replay(*stored);
  }

  notifications::Recipient doctor_user;
  try {
    doctor_user = recipient(request.doctor_id);
  } catch (const AppError&) {
    throw AppError::not_found("The doctor");
  }
  const notifications::Recipient patient_user{patient.id, patient.email, patient.phone, patient.phone_verified};
  const auto now = clock_.now();
  try {
    auto appointment = database_.write([&](storage::Transaction& sql) {
      Appointment appointment;
      appointment.id = new_object_id(now);
      // The key goes in first: a concurrent retry with the same key waits here for this
      // transaction, then finds the key taken and replays its result.
      if (idempotency_key) {
        appointments_.insert_idempotency_key(sql, patient.id, *idempotency_key, request_hash,
                                             appointment.id, now);
      }
      appointments_.lock_patient(sql, patient.id);
      auto doctor = doctors_.find_listed(sql, request.doctor_id);
      if (!doctor) throw AppError::not_found("The doctor");
      check_booking_rules(sql, *doctor, patient.id, request.appointment_date, now, "");
      appointment.patient_id = patient.id;
      appointment.doctor_id = doctor->id;
      appointment.patient_name = patient.name;
      appointment.doctor_name = doctor->name;
      appointment.appointment_date = request.appointment_date;
      appointment.duration_minutes = doctor->consultation_minutes;
      appointment.notes = request.notes;
      appointment.created_at = appointment.updated_at = now;
      try {
        appointments_.insert(sql, appointment);
      } catch (const soci::soci_error& error) {
        // Another booking of the same slot committed first: the unique index said no.
        if (storage::is_unique_violation(error)) throw slot_unavailable();
        throw;
      }
      appointments_.replace_reminders(sql, appointment.id,
                                      reminder_times(appointment.appointment_date, now), now);
      notify_booked(sql, appointment, *doctor, patient_user, doctor_user, false);
      return appointment;
    });
    return appointment;
  } catch (const soci::soci_error& error) {
    // The same key, retried while the first request was still running: answer as it did.
    if (!idempotency_key || !storage::is_unique_violation(error)) throw;
    auto stored = database_.read(
        [&](soci::session& sql) { return appointments_.find_idempotency_key(sql, patient.id, *idempotency_key); });
    if (!stored) throw;
    return replay(*stored);
  }
}

AppointmentPage BookingService::list(const accounts::User& user, AppointmentFilter filter,
                                     const PageRequest& paging) {
  if (user.role == accounts::Role::doctor) {
    filter.doctor_id = user.id;
  } else {
    filter.patient_id = user.id;
  }
  const auto page = paging.within(kMaxPageSize);
  return database_.read([&](soci::session& sql) {
    return AppointmentPage{appointments_.list(sql, filter, page.limit, page.offset()),
                           appointments_.count(sql, filter)};
  });
}

Appointment BookingService::find_for(soci::session& sql, const accounts::User& user,
                                     const std::string& id) const {
  auto appointment = appointments_.find(sql, id);
  // Not a party: as if it did not exist.
  if (!appointment || !is_party(user, *appointment)) throw unknown_appointment();
  return *appointment;
}

Appointment BookingService::get(const accounts::User& user, const std::string& appointment_id) {
  return database_.read([&](soci::session& sql) { return find_for(sql, user, appointment_id); });
}

Appointment BookingService::cancel(const accounts::User& user, const std::string& appointment_id,
                                   const std::string& reason) {
  const auto before = get(user, appointment_id);
  const auto doctor = doctors_.get(before.doctor_id);
  const auto other_side = recipient(user.id == before.patient_id ? before.doctor_id : before.patient_id);
  const auto now = clock_.now();
  auto appointment = database_.write([&](storage::Transaction& sql) {
    auto appointment = find_for(sql, user, appointment_id);
    if (appointment.status != Status::confirmed) throw not_confirmed(appointment);
    const bool by_patient = user.id == appointment.patient_id;
    if (by_patient && now > appointment.appointment_date - settings_.cancel_notice) {
      throw AppError::conflict("too_late_to_cancel",
                               "Appointments can be canceled up to " +
                                   std::to_string(settings_.cancel_notice.count() / 3600) +
                                   " hours before they start; call the practice.");
    }
    appointment.status = Status::canceled;
    appointment.cancel_reason = reason.empty() ? std::nullopt : std::optional<std::string>(reason);
    appointment.canceled_by = by_patient ? "patient" : "doctor";
    ++appointment.sequence;
    appointment.updated_at = now;
    appointments_.update(sql, appointment);
    appointments_.remove_reminders(sql, appointment.id);

    const auto when = doctors_.describe_local_time(doctor, appointment.appointment_date);
    const auto because = reason.empty() ? std::string() : " Reason: " + reason;
    if (by_patient) {
      notifications_.notify(sql, other_side, NotificationType::appointment_cancellation,
                            "An appointment was canceled",
                            appointment.patient_name + " canceled the appointment on " + when + "." + because,
                            appointment.id);
    } else {
      notifications_.notify(sql, other_side, NotificationType::appointment_cancellation,
                            "Your MediMeet appointment was canceled",
                            "Your appointment with " + doctor_title(appointment.doctor_name) + " on " + when +
                                " was canceled by the doctor." + because,
                            appointment.id);
    }
    return appointment;
  });
  return appointment;
}

Appointment BookingService::reschedule(const accounts::User& user, const std::string& appointment_id,
                                       TimePoint new_date) {
  const auto before = get(user, appointment_id);
  const auto patient_user = recipient(before.patient_id);
  const auto doctor_user = recipient(before.doctor_id);
  const auto now = clock_.now();
  auto appointment = database_.write([&](storage::Transaction& sql) {
    auto appointment = find_for(sql, user, appointment_id);
    if (appointment.status != Status::confirmed) throw not_confirmed(appointment);
    if (user.id == appointment.patient_id && now > appointment.appointment_date - settings_.cancel_notice) {
      throw AppError::conflict("too_late_to_reschedule",
                               "Appointments can be moved up to " +
                                   std::to_string(settings_.cancel_notice.count() / 3600) +
                                   " hours before they start.");
    }
    appointments_.lock_patient(sql, appointment.patient_id);
    auto doctor = doctors_.find_listed(sql, appointment.doctor_id);
    if (!doctor) throw slot_unavailable();
    check_booking_rules(sql, *doctor, appointment.patient_id, new_date, now, appointment.id);
    appointment.appointment_date = new_date;
    appointment.duration_minutes = doctor->consultation_minutes;
    ++appointment.sequence;
    appointment.updated_at = now;
    try {
      appointments_.update(sql, appointment);
    } catch (const soci::soci_error& error) {
      if (storage::is_unique_violation(error)) throw slot_unavailable();
      throw;
    }
    appointments_.replace_reminders(sql, appointment.id, reminder_times(new_date, now), now);
    notify_booked(sql, appointment, *doctor, patient_user, doctor_user, true);
    return appointment;
  });
  return appointment;
}

Appointment BookingService::complete(const accounts::User& user, const std::string& appointment_id) {
  const auto now = clock_.now();
  return database_.write([&](soci::session& sql) {
    auto appointment = find_for(sql, user, appointment_id);
    if (user.id != appointment.doctor_id) {
      throw AppError::forbidden("only_the_doctor", "Only the doctor completes an appointment.");
    }
    if (appointment.status != Status::confirmed) throw not_confirmed(appointment);
    if (now < appointment.appointment_date) {
      throw AppError::conflict("not_started", "An appointment is completed once it has started.");
    }
    appointment.status = Status::completed;
    ++appointment.sequence;
    appointment.updated_at = now;
    appointments_.update(sql, appointment);
    appointments_.remove_reminders(sql, appointment.id);
    return appointment;
  });
}

DoctorStats BookingService::stats(const std::string& doctor_id) {
  auto counts = database_.read([&](soci::session& sql) { return appointments_.count_by_status(sql, doctor_id); });
  DoctorStats stats;
  for (auto status : {Status::confirmed, Status::canceled, Status::completed}) {
    long long count = 0;
    for (const auto& [counted, n] : counts) {
      if (counted == status) count = n;
    }
    stats.by_status.emplace_back(status, count);
    stats.total += count;
  }
  return stats;
}

std::vector<Counterpart> BookingService::counterparts(const accounts::User& user) {
  return database_.read([&](soci::session& sql) {
    return appointments_.counterparts(sql, user.id, user.role == accounts::Role::doctor);
  });
}

long long BookingService::purge_expired() {
  const auto before = clock_.now() - std::chrono::days(1);
  return database_.write([&](soci::session& sql) { return appointments_.purge_before(sql, before); });
}

int BookingService::send_due_reminders() {
  const auto now = clock_.now();
  const auto due = database_.read([&](soci::session& sql) { return appointments_.due_reminders(sql, now, 50); });
  int sent = 0;
  for (const auto& job : due) {
    // Named copies, not a structured binding: the lambdas below capture them.
    const auto& job_id = job.first;
    const auto& appointment_id = job.second;
    // One job's failure must not hold back the others.
    try {
    const auto appointment = database_.read([&](soci::session& sql) { return appointments_.find(sql, appointment_id); });
    if (!appointment) continue;
    const auto doctor = doctors_.get(appointment->doctor_id);
    const auto patient = recipient(appointment->patient_id);
    const bool notified = database_.write([&](storage::Transaction& sql) {
      // Claiming the job and writing its notification commit together: exactly once, even
      // with several workers or a crash in between.
      if (!appointments_.claim_reminder(sql, job_id)) return false;
      const auto current = appointments_.find(sql, appointment_id);
      if (!current || current->status != Status::confirmed || current->appointment_date <= now) return false;
      notifications_.notify(sql, patient, NotificationType::appointment_reminder,
                            "Reminder: your MediMeet appointment",
                            "Reminder: your appointment with " + doctor_title(current->doctor_name) + " is on " +
                                doctors_.describe_local_time(doctor, current->appointment_date) + ".",
                            current->id);
      return true;
    });
    if (notified) ++sent;
    } catch (const std::exception& error) {
      spdlog::error("reminder {} failed: {}", job_id, error.what());
    }
  }
  return sent;
}

}  // namespace medimeet::appointments
