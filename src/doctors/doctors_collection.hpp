#pragma once

#include "doctors/doctor_repository.hpp"
#include "doctors/doctor_service.hpp"
#include "doctors/visit_reason_repository.hpp"
#include "kernel/collection.hpp"

namespace medimeet::doctors {

// The ImportedIds key of the visit reasons a doctor's document brought: what an appointment's
// reasonId must name.
inline constexpr std::string_view kImportedVisitReasons = "doctors.visitReason";

// The Doctors collection for export and import: the seed's fields and the profile's additions as
// the API writes them, with the doctor's visit reasons (archived ones too: appointments keep
// them) and time off. Left out: the user's name (users.json has it) and what is derived (title,
// rating, listed), which the import and the reviews' import make again.
//
// An imported doctor fills the profile their user's import made (its `_id` must be a doctor of
// users.json), with the columns and `listed` a profile change would give. The original MediMeet's
// free-text specialty becomes the catalogue's code when the catalogue knows it (as migration 0009
// did) and stays as written otherwise; its days may be capitalised or French ("Monday",
// "lundi"). Each visit reason's `_id` is recorded under kImportedVisitReasons for the appointments.
class DoctorsCollection final : public kernel::Collection {
 public:
  explicit DoctorsCollection(const DoctorSettings& settings) : settings_(settings) {}

  std::string_view name() const override { return "doctors"; }
  const ExtendedJsonShape& shape() const override;
  void export_documents(soci::session& sql, const kernel::DocumentWriter& write) const override;
  kernel::DocumentInsert import_document(JsonInput& document, kernel::ImportedIds& ids) override;

 private:
  // The instance's: the default time zone and currency, and whether prepayment may be asked.
  const DoctorSettings& settings_;
  DoctorRepository doctors_;
  VisitReasonRepository visit_reasons_;
};

}  // namespace medimeet::doctors
