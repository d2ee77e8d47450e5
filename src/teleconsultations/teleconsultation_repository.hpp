#pragma once

#include <soci/session.h>

#include <optional>
#include <string>
#include <vector>

#include "teleconsultations/teleconsultation.hpp"

namespace medimeet::teleconsultations {

// All SQL of the teleconsultations and teleconsultation_documents tables.
class TeleconsultationRepository {
 public:
  // The prescription as stored: its content sealed (base64), its code and when it was written.
  struct StoredPrescription {
    std::string sealed;
    std::string code;
    TimePoint prescribed_at;
  };

  // Without its documents (add_document); with its prescription when it has one (an imported one).
  void insert(soci::session& sql, const Teleconsultation& teleconsultation,
              const std::optional<StoredPrescription>& prescription = std::nullopt) const;
  // With its documents.
  std::optional<Teleconsultation> find(soci::session& sql, const std::string& id) const;
  std::optional<Teleconsultation> find_by_appointment(soci::session& sql, const std::string& appointment_id) const;
  void touch(soci::session& sql, const std::string& id, TimePoint now) const;
  void admit(soci::session& sql, const std::string& id, TimePoint now) const;

  std::optional<StoredPrescription> prescription(soci::session& sql, const std::string& id) const;
  void save_prescription(soci::session& sql, const std::string& id, const StoredPrescription& prescription) const;
  // The teleconsultation a prescription code belongs to.
  std::optional<std::string> with_prescription_code(soci::session& sql, const std::string& code) const;
  void add_document(soci::session& sql, const std::string& id, const std::string& file_id, const std::string& added_by,
                    TimePoint now) const;
  void remove_document(soci::session& sql, const std::string& id, const std::string& file_id) const;
  // The patient of a teleconsultation whose documents include the file and of which `user_id` is a
  // party; nullopt when there is none.
  std::optional<std::string> patient_of_readable_file(soci::session& sql, const std::string& user_id,
                                                      const std::string& file_id) const;

  // Room presence: the socket a user is in the room from, if they are.
  std::optional<std::string> socket_in_room(soci::session& sql, const std::string& id, const std::string& user_id) const;
  // The user is in the room from `socket_id` now (instead of any other socket of theirs).
  void enter(soci::session& sql, const std::string& id, const std::string& user_id, const std::string& socket_id,
             TimePoint now) const;
  // Takes the user out of the room if they are in it from `socket_id`; false otherwise.
  bool leave(soci::session& sql, const std::string& id, const std::string& user_id,
             const std::string& socket_id) const;
  // The rooms the user is in from `socket_id`.
  std::vector<std::string> rooms_of_socket(soci::session& sql, const std::string& user_id,
                                           const std::string& socket_id) const;
};

}  // namespace medimeet::teleconsultations
