#include "teleconsultations/teleconsultation_service.hpp"

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>

#include "access/care_relations.hpp"
#include "common/error.hpp"
#include "common/object_id.hpp"
#include "security/base64.hpp"
#include "security/hmac.hpp"
#include "security/tokens.hpp"
#include "teleconsultations/teleconsultation_events.hpp"

namespace medimeet::teleconsultations {
namespace {

AppError not_found() { return AppError::not_found("The teleconsultation"); }

bool is_turn_url(const std::string& url) { return url.starts_with("turn:") || url.starts_with("turns:"); }

std::string prescription_context(const std::string& teleconsultation_id) {
  return "prescription:" + teleconsultation_id;
}

// "Ann Martin" -> "A. M."
std::string initials_of(const std::string& name) {
  std::string initials;
  bool at_word_start = true;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c == ' ' || c == '-') {
      at_word_start = true;
      continue;
    }
    if (at_word_start) {
      // The whole first character, however many bytes it takes in UTF-8.
      std::size_t length = 1;
      while (i + length < name.size() && (static_cast<unsigned char>(name[i + length]) & 0xC0) == 0x80) ++length;
      initials += (initials.empty() ? "" : " ") + name.substr(i, length) + ".";
      at_word_start = false;
    }
  }
  return initials;
}

}  // namespace

std::pair<std::string, std::string> turn_credentials(const std::string& secret, const std::string& user_id,
                                                     TimePoint expires_at) {
  const auto expiry = std::chrono::duration_cast<std::chrono::seconds>(expires_at.time_since_epoch()).count();
  auto username = std::to_string(expiry) + ":" + user_id;
  auto credential = security::hmac_sha1_base64(secret, username);
  return {std::move(username), std::move(credential)};
}

TeleconsultationService::TeleconsultationService(storage::Database& database, const Clock& clock,
                                                 const appointments::AppointmentService& appointments,
                                                 const audit::AuditLog& audit, const files::FileService& files,
                                                 const events::EventBus& events, const events::LiveFeed& live,
                                                 const doctors::DoctorService& doctors,
                                                 const patients::PatientService& patients,
                                                 security::SecretKey master_key, TeleconsultationSettings settings)
    : database_(database),
      clock_(clock),
      appointments_(appointments),
      audit_(audit),
      files_(files),
      events_(events),
      live_(live),
      doctors_(doctors),
      patients_(patients),
      master_key_(std::move(master_key)),
      settings_(std::move(settings)) {}

void TeleconsultationService::create_for(soci::session& sql, const appointments::Appointment& appointment,
                                         TimePoint now) const {
  Teleconsultation teleconsultation;
  teleconsultation.id = new_object_id(now);
  teleconsultation.appointment_id = appointment.id;
  teleconsultation.video_link = video_link(teleconsultation.id);
  teleconsultation.created_at = teleconsultation.updated_at = now;
  teleconsultations_.insert(sql, teleconsultation);
}

Visit TeleconsultationService::visible(soci::session& sql, const access::Caller& caller,
                                       std::optional<Teleconsultation> found) const {
  if (!found) throw not_found();
  auto appointment = appointments_.find(sql, found->appointment_id);
  if (!appointment || !access::CareRules::is_party(caller, {appointment->patient_id, appointment->doctor_id})) {
    throw not_found();
  }
  audit_.record(sql, caller, {"teleconsultation.read", "teleconsultation", found->id, appointment->patient_id});
  const auto window = room_window(*appointment, settings_.room);
  const auto state = room_state(*appointment, settings_.room, clock_.now());
  auto prescription = prescription_of(sql, found->id);
  return Visit{std::move(*found), std::move(*appointment), window, state, std::move(prescription)};
}

std::optional<Prescription> TeleconsultationService::prescription_of(soci::session& sql,
                                                                     const std::string& teleconsultation_id) const {
  const auto stored = teleconsultations_.prescription(sql, teleconsultation_id);
  if (!stored) return std::nullopt;
  const auto opened = security::open_sealed(master_key_, security::from_base64(stored->sealed),
                                            prescription_context(teleconsultation_id));
  auto content = prescription_from_json(boost::json::parse(opened).as_object());
  auto text = prescription_text(content);
  return Prescription{std::move(content), std::move(text), stored->code, stored->prescribed_at};
}

std::optional<Teleconsultation> TeleconsultationService::find(soci::session& sql,
                                                              const std::string& teleconsultation_id) const {
  return teleconsultations_.find(sql, teleconsultation_id);
}

std::string TeleconsultationService::video_link(const std::string& teleconsultation_id) const {
  return settings_.public_url + "/visit/" + teleconsultation_id;
}

void TeleconsultationService::import_teleconsultation(soci::session& sql, const Teleconsultation& teleconsultation,
                                                      const std::optional<Prescription>& prescription) const {
  std::optional<TeleconsultationRepository::StoredPrescription> stored;
  if (prescription) {
    stored = TeleconsultationRepository::StoredPrescription{
        seal_prescription(teleconsultation.id, prescription->content), prescription->code, prescription->prescribed_at};
  }
  teleconsultations_.insert(sql, teleconsultation, stored);
  for (const auto& document : teleconsultation.documents) {
    teleconsultations_.add_document(sql, teleconsultation.id, document.file_id, document.added_by, document.added_at);
  }
}

std::string TeleconsultationService::seal_prescription(const std::string& teleconsultation_id,
                                                       const PrescriptionDraft& draft) const {
  return security::to_base64(security::seal(master_key_, boost::json::serialize(prescription_to_json(draft)),
                                            prescription_context(teleconsultation_id)));
}

Visit TeleconsultationService::get(const access::Caller& caller, const std::string& teleconsultation_id) {
  return database_.write([&](soci::session& sql) {
    return visible(sql, caller, teleconsultations_.find(sql, teleconsultation_id));
  });
}

Visit TeleconsultationService::of_appointment(const access::Caller& caller, const std::string& appointment_id) {
  return database_.write([&](soci::session& sql) {
    return visible(sql, caller, teleconsultations_.find_by_appointment(sql, appointment_id));
  });
}

IceServers TeleconsultationService::ice_servers(const access::Caller& caller, const std::string& teleconsultation_id) {
  const auto visit = get(caller, teleconsultation_id);
  if (visit.state == RoomState::closed || visit.state == RoomState::canceled) {
    throw AppError::conflict("room_closed", "This consultation's room is closed.");
  }
  IceServers result;
  result.expires_at = visit.window.closes_at;
  IceServer stun;
  IceServer turn;
  for (const auto& url : settings_.ice_urls) (is_turn_url(url) ? turn : stun).urls.push_back(url);
  if (!stun.urls.empty()) result.servers.push_back(std::move(stun));
  // TURN without a secret would refuse every allocation: offered only with credentials.
  if (!turn.urls.empty() && !settings_.turn_secret.empty()) {
    std::tie(turn.username, turn.credential) = turn_credentials(settings_.turn_secret, caller.user_id, result.expires_at);
    result.servers.push_back(std::move(turn));
  }
  return result;
}

Visit TeleconsultationService::add_document(const access::Caller& caller, const std::string& teleconsultation_id,
                                            const std::string& file_id) {
  const auto now = clock_.now();
  return database_.write([&](storage::Transaction& sql) {
    auto visit = visible(sql, caller, teleconsultations_.find(sql, teleconsultation_id));
    if (visit.state == RoomState::canceled) {
      throw AppError::conflict("room_canceled", "This consultation was canceled: no document goes with it.");
    }
    const auto& documents = visit.teleconsultation.documents;
    if (std::any_of(documents.begin(), documents.end(), [&](const Document& d) { return d.file_id == file_id; })) {
      return visit;
    }
    const auto file = files_.attach(sql, caller, file_id);
    teleconsultations_.add_document(sql, teleconsultation_id, file_id, caller.user_id, now);
    teleconsultations_.touch(sql, teleconsultation_id, now);
    audit_.record(sql, caller, {"document.add", "teleconsultation", teleconsultation_id, visit.appointment.patient_id});
    visit.teleconsultation.documents.push_back(
        {file.id, file.name, file.media_type, file.size, file.sha256, caller.user_id, now});
    visit.teleconsultation.updated_at = now;
    events_.publish(sql, DocumentAdded{teleconsultation_id, visit.appointment, caller.user_id});
    live_.publish(sql, {visit.appointment.patient_id, visit.appointment.doctor_id}, "teleconsultation.updated",
                  boost::json::object{{"teleconsultationId", teleconsultation_id}});
    return visit;
  });
}

void TeleconsultationService::remove_document(const access::Caller& caller, const std::string& teleconsultation_id,
                                              const std::string& file_id) {
  const auto now = clock_.now();
  database_.write([&](storage::Transaction& sql) {
    const auto visit = visible(sql, caller, teleconsultations_.find(sql, teleconsultation_id));
    const auto& documents = visit.teleconsultation.documents;
    const auto found =
        std::find_if(documents.begin(), documents.end(), [&](const Document& d) { return d.file_id == file_id; });
    if (found == documents.end()) throw AppError::not_found("The document");
    if (found->added_by != caller.user_id) {
      throw AppError::forbidden("not_document_owner", "Only who added a document removes it.");
    }
    teleconsultations_.remove_document(sql, teleconsultation_id, file_id);
    files_.detach(sql, file_id);
    teleconsultations_.touch(sql, teleconsultation_id, now);
    audit_.record(sql, caller,
                  {"document.remove", "teleconsultation", teleconsultation_id, visit.appointment.patient_id});
    live_.publish(sql, {visit.appointment.patient_id, visit.appointment.doctor_id}, "teleconsultation.updated",
                  boost::json::object{{"teleconsultationId", teleconsultation_id}});
  });
}

std::optional<std::string> TeleconsultationService::patient_of_readable_file(soci::session& sql,
                                                                             const access::Caller& caller,
                                                                             const std::string& file_id) const {
  return teleconsultations_.patient_of_readable_file(sql, caller.user_id, file_id);
}

std::string TeleconsultationService::verification_url(const std::string& code) const {
  return settings_.public_url + "/verify-prescription/" + code;
}

Visit TeleconsultationService::prescribe(const access::Caller& doctor, const std::string& teleconsultation_id,
                                         const PrescriptionDraft& draft) {
  const auto now = clock_.now();
  return database_.write([&](storage::Transaction& sql) {
    auto visit = visible(sql, doctor, teleconsultations_.find(sql, teleconsultation_id));
    if (visit.state == RoomState::canceled) {
      throw AppError::conflict("room_canceled", "This consultation was canceled: nothing is prescribed for it.");
    }
    if (visit.state == RoomState::scheduled) {
      throw AppError::conflict("room_not_open", "The prescription is written once the consultation's room opens, at " +
                                                    format_iso8601(visit.window.opens_at) + ".");
    }
    if (!doctors_.get(sql, doctor.user_id).rpps_number) {
      throw AppError::conflict("rpps_number_missing", "Add your RPPS number to your profile before prescribing.");
    }
    const auto code = visit.prescription ? visit.prescription->code : security::random_token();
    teleconsultations_.save_prescription(sql, teleconsultation_id, {seal_prescription(teleconsultation_id, draft), code, now});
    audit_.record(sql, doctor, {"prescription.write", "teleconsultation", teleconsultation_id,
                                visit.appointment.patient_id});
    events_.publish(sql, PrescriptionWritten{teleconsultation_id, visit.appointment, visit.prescription.has_value()});
    live_.publish(sql, {visit.appointment.patient_id, visit.appointment.doctor_id}, "teleconsultation.updated",
                  boost::json::object{{"teleconsultationId", teleconsultation_id}});
    visit.prescription = Prescription{draft, prescription_text(draft), code, now};
    visit.teleconsultation.updated_at = now;
    return visit;
  });
}

PrescriptionSheet TeleconsultationService::prescription_sheet(const access::Caller& caller,
                                                              const std::string& teleconsultation_id) {
  return database_.write([&](storage::Transaction& sql) {
    auto visit = visible(sql, caller, teleconsultations_.find(sql, teleconsultation_id));
    if (!visit.prescription) throw AppError::not_found("The prescription");
    const auto patient = patients_.find(sql, visit.appointment.patient_id);
    return PrescriptionSheet{doctors_.get(sql, visit.appointment.doctor_id), visit.appointment.patient_name,
                             patient ? patient->date_of_birth : std::nullopt, *visit.prescription,
                             verification_url(visit.prescription->code)};
  });
}

VerifiedPrescription TeleconsultationService::verify_prescription(const std::string& code) {
  return database_.read([&](soci::session& sql) {
    const auto id = teleconsultations_.with_prescription_code(sql, code);
    const auto teleconsultation = id ? teleconsultations_.find(sql, *id) : std::nullopt;
    const auto appointment = teleconsultation ? appointments_.find(sql, teleconsultation->appointment_id) : std::nullopt;
    const auto stored = id ? teleconsultations_.prescription(sql, *id) : std::nullopt;
    if (!appointment || !stored) throw AppError::not_found("The prescription");
    const auto opened =
        security::open_sealed(master_key_, security::from_base64(stored->sealed), prescription_context(*id));
    return VerifiedPrescription{stored->prescribed_at, doctors_.get(sql, appointment->doctor_id),
                                initials_of(appointment->patient_name),
                                prescription_from_json(boost::json::parse(opened).as_object())};
  });
}

}  // namespace medimeet::teleconsultations
