#include "teleconsultations/teleconsultation_service.hpp"

#include <boost/json/object.hpp>

#include <algorithm>

#include "access/care_relations.hpp"
#include "common/error.hpp"
#include "common/object_id.hpp"
#include "security/hmac.hpp"

namespace medimeet::teleconsultations {
namespace {

AppError not_found() { return AppError::not_found("The teleconsultation"); }

bool is_turn_url(const std::string& url) { return url.starts_with("turn:") || url.starts_with("turns:"); }

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
                                                 const events::LiveFeed& live, TeleconsultationSettings settings)
    : database_(database),
      clock_(clock),
      appointments_(appointments),
      audit_(audit),
      files_(files),
      live_(live),
      settings_(std::move(settings)) {}

void TeleconsultationService::create_for(soci::session& sql, const appointments::Appointment& appointment,
                                         TimePoint now) const {
  Teleconsultation teleconsultation;
  teleconsultation.id = new_object_id(now);
  teleconsultation.appointment_id = appointment.id;
  teleconsultation.video_link = settings_.public_url + "/visit/" + teleconsultation.id;
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
  return Visit{std::move(*found), std::move(*appointment), window, state};
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
    visit.teleconsultation.documents.push_back({file.id, file.name, file.media_type, file.size, caller.user_id, now});
    visit.teleconsultation.updated_at = now;
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

}  // namespace medimeet::teleconsultations
