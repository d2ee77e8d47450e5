#pragma once

#include "booking/booking_service.hpp"
#include "doctors/doctor_service.hpp"
#include "kernel/collection.hpp"

namespace medimeet::booking {

// The Appointments collection for export and import: the seed's fields and what booking adds
// (length, mode, visit reason, cancellation, calendar sequence). Imported appointments are
// stored as they are, past the booking rules and without notices or payments; one of the
// original MediMeet, which has only the seed's fields, lasts its doctor's consultation length
// and happens at the practice.
class AppointmentsCollection final : public kernel::Collection {
 public:
  AppointmentsCollection(BookingService& booking, const doctors::DoctorService& doctors)
      : booking_(booking), doctors_(doctors) {}

  std::string_view name() const override { return "appointments"; }
  const ExtendedJsonShape& shape() const override;
  void export_documents(soci::session& sql, const kernel::DocumentWriter& write) const override;
  kernel::DocumentInsert import_document(JsonInput& document, kernel::ImportedIds& ids) override;

 private:
  BookingService& booking_;
  const doctors::DoctorService& doctors_;
};

}  // namespace medimeet::booking
