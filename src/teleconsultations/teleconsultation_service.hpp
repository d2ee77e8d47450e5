#pragma once

#include <soci/session.h>

#include <optional>
#include <string>
#include <vector>

#include "access/caller.hpp"
#include "appointments/appointment.hpp"
#include "appointments/appointment_service.hpp"
#include "audit/audit_log.hpp"
#include "common/time.hpp"
#include "doctors/doctor_service.hpp"
#include "events/event_bus.hpp"
#include "events/live_feed.hpp"
#include "files/file_service.hpp"
#include "patients/patient_service.hpp"
#include "security/secret_key.hpp"
#include "storage/database.hpp"
#include "teleconsultations/prescription.hpp"
#include "teleconsultations/room_window.hpp"
#include "teleconsultations/teleconsultation.hpp"
#include "teleconsultations/teleconsultation_repository.hpp"

namespace medimeet::teleconsultations {

struct TeleconsultationSettings {
  std::string public_url = "http://127.0.0.1:8080";  // the video link opens <public-url>/visit/<id>
  RoomTimes room;
  // MEDIMEET_TURN_URLS: the STUN and TURN servers browsers use ("stun:host:3478",
  // "turn:host:3478?transport=udp", "turns:host:5349"); MEDIMEET_TURN_SECRET: coturn's
  // static-auth-secret, from which each caller gets credentials for the room's window.
  std::vector<std::string> ice_urls;
  std::string turn_secret;
};

// A teleconsultation with its appointment, where its room stands, and its prescription.
struct Visit {
  Teleconsultation teleconsultation;
  appointments::Appointment appointment;
  RoomWindow window;
  RoomState state = RoomState::scheduled;
  std::optional<Prescription> prescription;
};

// What a prescription's PDF prints: the prescriber, the patient, the date, the lines, and the
// address that verifies it.
struct PrescriptionSheet {
  doctors::Doctor prescriber;
  std::string patient_name;
  std::optional<TimePoint> patient_date_of_birth;
  Prescription prescription;
  std::string verification_url;  // <public-url>/verify-prescription/<code>
};

// What the public check of a prescription shows: that it exists, when, by whom, what; of the
// patient nothing but their initials.
struct VerifiedPrescription {
  TimePoint prescribed_at;
  doctors::Doctor prescriber;
  std::string patient_initials;
  PrescriptionDraft content;
};

// One entry of RTCConfiguration.iceServers.
struct IceServer {
  std::vector<std::string> urls;
  std::optional<std::string> username;
  std::optional<std::string> credential;
};

struct IceServers {
  std::vector<IceServer> servers;
  TimePoint expires_at;  // the credentials' end: the room's closing
};

// The Teleconsultations collection's use cases: the room of each video appointment, seen only by
// its patient and its doctor (404 for anyone else).
class TeleconsultationService {
 public:
  // Publishes teleconsultation.updated on `live` to both parties when its papers change, and
  // PrescriptionWritten and DocumentAdded on `events`.
  TeleconsultationService(storage::Database& database, const Clock& clock,
                          const appointments::AppointmentService& appointments, const audit::AuditLog& audit,
                          const files::FileService& files, const events::EventBus& events,
                          const events::LiveFeed& live,
                          const doctors::DoctorService& doctors, const patients::PatientService& patients,
                          security::SecretKey master_key, TeleconsultationSettings settings);

  // Creates the teleconsultation of a video appointment, in the booking's transaction.
  void create_for(soci::session& sql, const appointments::Appointment& appointment, TimePoint now) const;

  Visit get(const access::Caller& caller, const std::string& teleconsultation_id);
  Visit of_appointment(const access::Caller& caller, const std::string& appointment_id);
  // STUN and TURN servers for the room, with TURN REST API credentials (username
  // "<expiry>:<userId>", credential base64 HMAC-SHA1 of it under the secret) valid until the room
  // closes. 409 room_closed once it closed or when it never opens.
  IceServers ice_servers(const access::Caller& caller, const std::string& teleconsultation_id);

  // Either party attaches a file they uploaded (403 file_not_yours otherwise); the other party may
  // then read it. 409 room_canceled for a canceled appointment; adding a file twice changes nothing.
  Visit add_document(const access::Caller& caller, const std::string& teleconsultation_id, const std::string& file_id);
  // By the party who added it (403 not_document_owner for the other); 404 when not attached.
  void remove_document(const access::Caller& caller, const std::string& teleconsultation_id,
                       const std::string& file_id);
  // The doctor writes or rewrites the prescription, once the room has opened (409 room_not_open
  // before, room_canceled for a canceled appointment) and with their RPPS number on their profile
  // (409 rpps_number_missing). Doctors only (the route refuses patients): any other doctor 404.
  Visit prescribe(const access::Caller& doctor, const std::string& teleconsultation_id, const PrescriptionDraft& draft);
  // For the PDF; 404 when there is no prescription yet.
  PrescriptionSheet prescription_sheet(const access::Caller& caller, const std::string& teleconsultation_id);
  // For anyone who holds the code (a pharmacist): 404 for an unknown one.
  VerifiedPrescription verify_prescription(const std::string& code);
  std::string verification_url(const std::string& code) const;

  // The files rule: the patient of a teleconsultation whose documents include the file, for its parties.
  std::optional<std::string> patient_of_readable_file(soci::session& sql, const access::Caller& caller,
                                                      const std::string& file_id) const;

  // The link a teleconsultation's room opens at: <public-url>/visit/<id>.
  std::string video_link(const std::string& teleconsultation_id) const;
  // The teleconsultation with its documents, and its prescription opened, unaudited: for
  // `medimeet export`. Throws security::CipherError for a prescription that does not open.
  std::optional<Teleconsultation> find(soci::session& sql, const std::string& teleconsultation_id) const;
  std::optional<Prescription> prescription_of(soci::session& sql, const std::string& teleconsultation_id) const;
  // Stores an imported teleconsultation as it is, its prescription sealed as prescribe() seals
  // it, without a notice or an event: its documents' files must be in the file store already
  // (files::FileService::import_description).
  void import_teleconsultation(soci::session& sql, const Teleconsultation& teleconsultation,
                               const std::optional<Prescription>& prescription) const;

 private:
  // The visit when the caller is one of its two parties; 404 otherwise. The read is audited.
  Visit visible(soci::session& sql, const access::Caller& caller, std::optional<Teleconsultation> found) const;
  // The prescription sealed under the master key, bound to its teleconsultation, as base64.
  std::string seal_prescription(const std::string& teleconsultation_id, const PrescriptionDraft& draft) const;

  storage::Database& database_;
  const Clock& clock_;
  const appointments::AppointmentService& appointments_;
  const audit::AuditLog& audit_;
  const files::FileService& files_;
  const events::EventBus& events_;
  const events::LiveFeed& live_;
  const doctors::DoctorService& doctors_;
  const patients::PatientService& patients_;
  security::SecretKey master_key_;
  TeleconsultationSettings settings_;
  TeleconsultationRepository teleconsultations_;
};

// The TURN REST API credentials of `user_id` until `expires_at`, as coturn's use-auth-secret
// checks them: {username "<unix expiry>:<user id>", credential base64 HMAC-SHA1(secret, username)}.
std::pair<std::string, std::string> turn_credentials(const std::string& secret, const std::string& user_id,
                                                     TimePoint expires_at);

}  // namespace medimeet::teleconsultations
