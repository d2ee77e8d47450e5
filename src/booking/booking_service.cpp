#include "booking/booking_service.hpp"

#include <soci/soci.h>
#include <spdlog/spdlog.h>

#include "common/error.hpp"
#include "common/field_problems.hpp"
#include "common/object_id.hpp"
#include "security/tokens.hpp"

namespace medimeet::booking {
namespace {

AppError slot_unavailable() {
  return AppError::conflict("slot_unavailable", "This time is not one of the doctor's free slots.",
                            {{"appointmentDate", problems::not_a_free_slot()}});
}

AppError unknown_appointment() { return AppError::not_found("The appointment"); }

AppError not_confirmed(const Appointment& appointment) {
  return AppError::conflict("not_confirmed",
                            "This appointment is " + std::string(to_string(appointment.status)) + ".");
}

access::Parties parties_of(const Appointment& appointment) {
  return {appointment.patient_id, appointment.doctor_id};
}

}  // namespace

BookingService::BookingService(storage::Database& database, const Clock& clock,
                               const accounts::AccountService& accounts, doctors::DoctorService& doctors,
                               const events::EventBus& events, const AppointmentNotices& notices,
                               BookingSettings settings)
    : database_(database),
      clock_(clock),
      accounts_(accounts),
      doctors_(doctors),
      events_(events),
      notices_(notices),
      settings_(std::move(settings)) {}

void BookingService::close(soci::session& sql, Appointment& appointment, Status status, TimePoint now) {
  appointment.status = status;
  ++appointment.sequence;
  appointment.updated_at = now;
  doctors_.lock_schedule(sql, appointment.doctor_id);
  appointments_.update(sql, appointment);
  appointments_.remove_reminders(sql, appointment.id);
  doctors_.schedule_changed(sql, appointment.doctor_id);
}

std::vector<TimePoint> BookingService::reminder_times(TimePoint start, TimePoint now) const {
  std::vector<TimePoint> times;
  for (const auto& offset : settings_.reminder_offsets) {
    // A reminder whose time has already passed is skipped, not sent late.
    if (start - offset > now) times.push_back(start - offset);
  }
  return times;
}

BookingPolicy BookingService::policy() const { return {doctors_.minimum_notice(), settings_.cancel_notice}; }

std::optional<Appointment> BookingService::find(soci::session& sql, const std::string& appointment_id) const {
  return appointments_.find(sql, appointment_id);
}

void BookingService::import_appointment(storage::Transaction& sql, const Appointment& appointment) {
  const auto now = clock_.now();
  appointments_.insert(sql, appointment);
  // The doctor's kept free days need no work here: the insert's trigger marks them for renewal.
  if (appointment.status == Status::confirmed && appointment.appointment_date > now) {
    appointments_.replace_reminders(sql, appointment.id, reminder_times(appointment.appointment_date, now), now);
  }
}

std::optional<doctors::VisitReason> BookingService::reason_for(soci::session& sql, const doctors::Doctor& doctor,
                                                              const std::string& patient_id,
                                                              const std::optional<std::string>& reason_id) {
  const auto offered = doctors_.active_visit_reasons(sql, doctor.id);
  if (!reason_id) {
    if (offered.empty()) return std::nullopt;
    throw AppError::field("reasonId", problems::required());
  }
  const auto found = std::find_if(offered.begin(), offered.end(),
                                  [&](const doctors::VisitReason& reason) { return reason.id == *reason_id; });
  if (found == offered.end()) throw AppError::field("reasonId", problems::unknown_visit_reason());
  if (!found->new_patients &&
      !appointments_.exists_between(sql, doctor.id, patient_id, Status::completed)) {
    throw AppError::conflict("reason_for_known_patients",
                             "This visit reason is for patients the doctor has already seen; choose another.",
                             {{"reasonId", problems::for_known_patients_only()}});
  }
  return *found;
}

void BookingService::check_booking_rules(soci::session& sql, const doctors::Doctor& doctor,
                                         const std::string& patient_id, TimePoint start,
                                         TimePoint earliest_start, TimePoint now,
                                         const std::string& except_appointment,
                                         const doctors::VisitReason* reason) {
  if (!doctors_.is_free_slot(sql, doctor, start, earliest_start, reason)) throw slot_unavailable();
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

void BookingService::place(storage::Transaction& sql, Appointment& appointment, const doctors::Doctor& doctor,
                           const accounts::User& patient, const BookingRequest& request, TimePoint earliest_start,
                           TimePoint now, bool by_practice) {
  doctors_.lock_schedule(sql, doctor.id);
  const auto free_days = doctors_.free_days_before_change(sql, doctor);
  const auto reason = reason_for(sql, doctor, patient.id, request.reason_id);
  check_booking_rules(sql, doctor, patient.id, request.appointment_date, earliest_start, now, "",
                      reason ? &*reason : nullptr);
  appointment.patient_id = patient.id;
  appointment.doctor_id = doctor.id;
  appointment.patient_name = patient.name;
  appointment.patient_phone = patient.phone;
  appointment.doctor_name = doctor.name;
  appointment.practice_address = doctor.address;
  appointment.practice_phone = doctor.phone;
  appointment.doctor_specialty = doctor.specialty;
  appointment.appointment_date = request.appointment_date;
  appointment.duration_minutes = reason ? reason->duration_minutes : doctor.consultation_minutes;
  if (reason) {
    appointment.reason_id = reason->id;
    appointment.reason_name = reason->name;
  }
  appointment.mode = request.mode.value_or(reason ? reason->mode : doctors::default_mode(doctor));
  if (reason && appointment.mode != reason->mode) {
    const std::string reason_mode(appointments::to_string(reason->mode));
    throw AppError::field("mode", problems::one_of(reason_mode, "must be " + reason_mode + ", as the visit reason says"));
  }
  if (!doctors::offers(doctor, appointment.mode)) throw AppError::field("mode", problems::mode_not_offered());
  appointment.notes = request.notes;
  appointment.created_at = appointment.updated_at = now;
  try {
    appointments_.insert(sql, appointment);
  } catch (const soci::soci_error& error) {
    // Another booking of the same slot committed first: the unique index said no.
    if (storage::is_unique_violation(error)) throw slot_unavailable();
    throw;
  }
  appointments_.replace_reminders(sql, appointment.id, reminder_times(appointment.appointment_date, now), now);
  doctors_.schedule_changed_within(
      sql, doctor,
      {appointment.appointment_date, appointment.appointment_date + std::chrono::minutes(appointment.duration_minutes)},
      free_days);
  events_.publish(sql, AppointmentBooked{appointment, doctor, by_practice});
}

Appointment BookingService::book_for_patient(const access::Caller& caller, const PracticeBookingRequest& request) {
  // A new patient's account is checked, and its password hashed, before the write begins; it
  // speaks the practice's language unless told otherwise.
  std::optional<accounts::User> invited;
  if (request.new_patient) {
    auto registration = *request.new_patient;
    if (!registration.language) registration.language = std::string(i18n::to_string(accounts_.user_of(caller).language));
    invited = accounts_.new_invited_patient(std::move(registration));
  }
  const auto now = clock_.now();
  return database_.write([&](storage::Transaction& sql) {
    const auto doctor = doctors_.get(sql, caller.user_id);
    accounts::User patient;
    if (invited) {
      patient = *invited;
      accounts_.invite(sql, patient, doctor.id, doctors::titled_name(doctor), now);
    } else {
      // Only a patient the doctor already has: a doctor cannot reach into anyone's account.
      const auto known = appointments_.exists_between(sql, doctor.id, request.patient_id.value_or(""));
      const auto user = known ? accounts_.find_user(sql, *request.patient_id) : std::nullopt;
      if (!user) throw AppError::not_found("The patient");
      patient = *user;
    }
    appointments_.lock_patient(sql, patient.id);
    Appointment appointment;
    appointment.id = new_object_id(now);
    // The practice books up to now: the minimum notice protects it from late online bookings.
    place(sql, appointment, doctor, patient, request.booking, now, now, true);
    return appointment;
  });
}

Appointment BookingService::book(const access::Caller& caller, const BookingRequest& request,
                                 const std::optional<std::string>& idempotency_key) {
  if (!caller.email_verified) {
    throw AppError::forbidden("email_not_verified", "Verify your email address before booking.");
  }
  const auto request_hash = security::hash_token(
      request.doctor_id + "|" + std::to_string(to_epoch_ms(request.appointment_date)) + "|" + request.notes + "|" +
      request.reason_id.value_or("") +
      // Only when given, so the keys of requests from before modes existed still compare.
      (request.mode ? "|" + std::string(appointments::to_string(*request.mode)) : ""));
  auto replay = [&](const std::pair<std::string, std::string>& stored) {
    if (stored.first != request_hash) {
      throw AppError::conflict("idempotency_key_reused",
                               "This Idempotency-Key was used for a different booking.");
    }
    return get(caller, stored.second);
  };
  if (idempotency_key) {
    auto stored = database_.read(
        [&](soci::session& sql) { return appointments_.find_idempotency_key(sql, caller.user_id, *idempotency_key); });
    if (stored) return replay(*stored);
  }

  const auto patient = accounts_.user_of(caller);
  const auto now = clock_.now();
  try {
    auto appointment = database_.write([&](storage::Transaction& sql) {
      Appointment appointment;
      appointment.id = new_object_id(now);
      // The key goes in first: a concurrent retry with the same key waits here for this
      // transaction, then finds the key taken and replays its result.
      if (idempotency_key) {
        appointments_.insert_idempotency_key(sql, caller.user_id, *idempotency_key, request_hash,
                                             appointment.id, now);
      }
      appointments_.lock_patient(sql, caller.user_id);
      auto doctor = doctors_.find_listed(sql, request.doctor_id);
      if (!doctor) throw AppError::not_found("The doctor");
      place(sql, appointment, *doctor, patient, request, now + doctors_.minimum_notice(), now, false);
      return appointment;
    });
    return appointment;
  } catch (const soci::soci_error& error) {
    // The same key, retried while the first request was still running: answer as it did.
    if (!idempotency_key || !storage::is_unique_violation(error)) throw;
    auto stored = database_.read(
        [&](soci::session& sql) { return appointments_.find_idempotency_key(sql, caller.user_id, *idempotency_key); });
    if (!stored) throw;
    return replay(*stored);
  }
}

AppointmentPage BookingService::list(const access::Caller& caller, AppointmentFilter filter,
                                     const PageRequest& paging) {
  if (caller.is(access::Role::doctor)) {
    filter.doctor_id = caller.user_id;
  } else {
    filter.patient_id = caller.user_id;
  }
  const auto page = paging.within(kMaxPageSize);
  return database_.read([&](soci::session& sql) {
    return AppointmentPage{appointments_.list(sql, filter, page.limit, page.offset()),
                           appointments_.count(sql, filter)};
  });
}

Appointment BookingService::find_for(soci::session& sql, const access::Caller& caller,
                                     const std::string& id) const {
  auto appointment = appointments_.find(sql, id);
  // Not a party: as if it did not exist.
  if (!appointment || !access::CareRules::is_party(caller, parties_of(*appointment))) throw unknown_appointment();
  return *appointment;
}

Appointment BookingService::get(const access::Caller& caller, const std::string& appointment_id) {
  return database_.read([&](soci::session& sql) { return find_for(sql, caller, appointment_id); });
}

void BookingService::withdraw(storage::Transaction& sql, Appointment& appointment, const std::string& by,
                              const std::string& reason, const doctors::Doctor& doctor, TimePoint now) {
  appointment.cancel_reason = reason.empty() ? std::nullopt : std::optional<std::string>(reason);
  appointment.canceled_by = by;
  close(sql, appointment, Status::canceled, now);
  events_.publish(sql, AppointmentCanceled{appointment, doctor});
}

Appointment BookingService::cancel(const access::Caller& caller, const std::string& appointment_id,
                                   const std::string& reason) {
  const auto now = clock_.now();
  auto appointment = database_.write([&](storage::Transaction& sql) {
    auto appointment = find_for(sql, caller, appointment_id);
    if (appointment.status != Status::confirmed) throw not_confirmed(appointment);
    const bool by_patient = caller.user_id == appointment.patient_id;
    if (by_patient && now > appointment.appointment_date - settings_.cancel_notice) {
      throw AppError::conflict("too_late_to_cancel",
                               "Appointments can be canceled up to " +
                                   std::to_string(settings_.cancel_notice.count() / 3600) +
                                   " hours before they start; call the practice.");
    }
    withdraw(sql, appointment, by_patient ? "patient" : "doctor", reason, doctors_.get(sql, appointment.doctor_id),
             now);
    return appointment;
  });
  return appointment;
}

bool BookingService::cancel_unpaid(storage::Transaction& sql, const std::string& appointment_id,
                                   const std::string& reason, TimePoint now) {
  auto appointment = appointments_.find(sql, appointment_id);
  if (!appointment || appointment->status != Status::confirmed) return false;
  withdraw(sql, *appointment, "system", reason, doctors_.get(sql, appointment->doctor_id), now);
  return true;
}

std::vector<Appointment> BookingService::cancel_bookings_during(const access::Caller& caller,
                                                              const std::string& time_off_id,
                                                              const std::string& reason) {
  const auto now = clock_.now();
  return database_.write([&](storage::Transaction& sql) {
    const auto time_off = doctors_.get_time_off(sql, caller.user_id, time_off_id);
    const auto doctor = doctors_.get(sql, caller.user_id);
    auto bookings = appointments_.confirmed_during(sql, caller.user_id, time_off.start, time_off.end);
    for (auto& appointment : bookings) withdraw(sql, appointment, "doctor", reason.empty() ? time_off.reason : reason, doctor, now);
    return bookings;
  });
}

Appointment BookingService::reschedule(const access::Caller& caller, const std::string& appointment_id,
                                       TimePoint new_date) {
  const auto now = clock_.now();
  auto appointment = database_.write([&](storage::Transaction& sql) {
    auto appointment = find_for(sql, caller, appointment_id);
    if (appointment.status != Status::confirmed) throw not_confirmed(appointment);
    if (caller.user_id == appointment.patient_id && now > appointment.appointment_date - settings_.cancel_notice) {
      throw AppError::conflict("too_late_to_reschedule",
                               "Appointments can be moved up to " +
                                   std::to_string(settings_.cancel_notice.count() / 3600) +
                                   " hours before they start.");
    }
    appointments_.lock_patient(sql, appointment.patient_id);
    auto doctor = doctors_.find_listed(sql, appointment.doctor_id);
    if (!doctor) throw slot_unavailable();
    doctors_.lock_schedule(sql, doctor->id);
    // It keeps its reason and length, even should the doctor have archived that reason since.
    const auto reason = appointment.reason_id ? doctors_.find_visit_reason(sql, doctor->id, *appointment.reason_id)
                                              : std::nullopt;
    check_booking_rules(sql, *doctor, appointment.patient_id, new_date, now + doctors_.minimum_notice(), now,
                        appointment.id, reason ? &*reason : nullptr);
    const auto previous_date = appointment.appointment_date;
    appointment.appointment_date = new_date;
    appointment.duration_minutes = reason ? reason->duration_minutes : doctor->consultation_minutes;
    ++appointment.sequence;
    appointment.updated_at = now;
    try {
      appointments_.update(sql, appointment);
    } catch (const soci::soci_error& error) {
      if (storage::is_unique_violation(error)) throw slot_unavailable();
      throw;
    }
    appointments_.replace_reminders(sql, appointment.id, reminder_times(new_date, now), now);
    doctors_.schedule_changed(sql, *doctor);
    events_.publish(sql, AppointmentRescheduled{appointment, *doctor, previous_date});
    return appointment;
  });
  return appointment;
}

Appointment BookingService::complete(const access::Caller& caller, const std::string& appointment_id) {
  return settle(caller, appointment_id, Status::completed);
}

Appointment BookingService::mark_no_show(const access::Caller& caller, const std::string& appointment_id) {
  return settle(caller, appointment_id, Status::no_show);
}

Appointment BookingService::settle(const access::Caller& caller, const std::string& appointment_id, Status outcome) {
  const auto now = clock_.now();
  return database_.write([&](storage::Transaction& sql) {
    auto appointment = find_for(sql, caller, appointment_id);
    if (!access::CareRules::is_doctor_of(caller, parties_of(appointment))) {
      throw AppError::forbidden("only_the_doctor", "Only the doctor says how an appointment went.");
    }
    if (appointment.status != Status::confirmed) throw not_confirmed(appointment);
    if (now < appointment.appointment_date) {
      throw AppError::conflict("not_started", "An appointment is completed or missed once it has started.");
    }
    close(sql, appointment, outcome, now);
    auto doctor = doctors_.get(sql, appointment.doctor_id);
    if (outcome == Status::completed) {
      events_.publish(sql, AppointmentCompleted{appointment, std::move(doctor)});
    } else {
      events_.publish(sql, AppointmentMissed{appointment, std::move(doctor)});
    }
    return appointment;
  });
}

DoctorStats BookingService::stats(const std::string& doctor_id) {
  const auto now = clock_.now();
  DoctorStats stats;
  database_.read([&](soci::session& sql) {
    const auto counts = appointments_.count_by_status(sql, doctor_id);
    for (auto status : {Status::confirmed, Status::canceled, Status::completed, Status::no_show}) {
      long long count = 0;
      for (const auto& [counted, n] : counts) {
        if (counted == status) count = n;
      }
      stats.by_status.emplace_back(status, count);
      stats.total += count;
      if (status == Status::confirmed) {
        AppointmentFilter coming;
        coming.doctor_id = doctor_id;
        coming.status = Status::confirmed;
        coming.from = now;
        stats.upcoming = appointments_.count(sql, coming);
        stats.awaiting_outcome = count - stats.upcoming;
      }
    }
  });
  return stats;
}

PatientPage BookingService::patients(const access::Caller& caller, const std::optional<std::string>& term,
                                     const PageRequest& paging) {
  const auto now = clock_.now();
  const auto page = paging.within(kMaxPageSize);
  return database_.read([&](soci::session& sql) {
    return PatientPage{appointments_.patients_of(sql, caller.user_id, now, term, page.limit, page.offset()),
                       appointments_.count_patients_of(sql, caller.user_id, term)};
  });
}

std::vector<Counterpart> BookingService::counterparts(const access::Caller& caller) {
  return database_.read([&](soci::session& sql) {
    return appointments_.counterparts(sql, caller.user_id, caller.is(access::Role::doctor));
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
      const bool notified = database_.write([&](storage::Transaction& sql) {
        // Claiming the job and writing its notification commit together: exactly once, even
        // with several workers or a crash in between.
        if (!appointments_.claim_reminder(sql, job_id)) return false;
        const auto current = appointments_.find(sql, appointment_id);
        if (!current || current->status != Status::confirmed || current->appointment_date <= now) return false;
        notices_.remind(sql, *current);
        return true;
      });
      if (notified) ++sent;
    } catch (const std::exception& error) {
      spdlog::error("reminder {} failed: {}", job_id, error.what());
    }
  }
  return sent;
}

std::vector<Appointment> BookingService::appointments_of(soci::session& sql, const access::Caller& caller) const {
  AppointmentFilter filter;
  (caller.is(access::Role::doctor) ? filter.doctor_id : filter.patient_id) = caller.user_id;
  return appointments_.list(sql, filter, static_cast<int>(appointments_.count(sql, filter)), 0);
}

}  // namespace medimeet::booking
