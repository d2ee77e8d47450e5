#pragma once

#include "appointments/appointment_service.hpp"
#include "files/file_service.hpp"
#include "kernel/collection.hpp"
#include "teleconsultations/teleconsultation_service.hpp"

namespace medimeet::teleconsultations {

// The Teleconsultations collection for export and import: the seed's fields, `documents` as file
// descriptions {_id, name, type, size, sha256, addedBy, addedAt} without content and
// `prescription` as its text, opened; with the additions prescriptionItems, prescriptionNotes,
// prescriptionCode, prescribedAt and admittedAt. Imports the original MediMeet's documents (paths
// or URLs: files without content, added by the appointment's doctor) and prescriptions (a text:
// kept whole as the notes, with a new code).
class TeleconsultationsCollection final : public kernel::Collection {
 public:
  TeleconsultationsCollection(const TeleconsultationService& teleconsultations, const files::FileService& files,
                              const appointments::AppointmentService& appointments)
      : teleconsultations_(teleconsultations), files_(files), appointments_(appointments) {}

  std::string_view name() const override { return "teleconsultations"; }
  const ExtendedJsonShape& shape() const override;
  void export_documents(soci::session& sql, const kernel::DocumentWriter& write) const override;
  kernel::DocumentInsert import_document(JsonInput& document, kernel::ImportedIds& ids) override;

 private:
  const TeleconsultationService& teleconsultations_;
  const files::FileService& files_;
  const appointments::AppointmentService& appointments_;
};

}  // namespace medimeet::teleconsultations
