#pragma once

#include "appointments/appointment_service.hpp"
#include "common/background_loop.hpp"
#include "doctors/doctor_service.hpp"
#include "doctors/doctors_collection.hpp"
#include "doctors/listing_documents.hpp"
#include "kernel/module.hpp"

namespace medimeet::doctors {

// Doctor profiles, hours, time off, search and free slots: one profile is created with each
// doctor account.
class DoctorsModule : public kernel::Module {
 public:
  DoctorsModule(kernel::Core core, const appointments::AppointmentService& appointments, DoctorSettings settings);

  DoctorService& service() { return service_; }

  void add_routes(http::Router& router) override;
  void start() override;
  void stop() override;
  void export_personal_data(soci::session& sql, const access::Caller& caller,
                            boost::json::object& document) const override;
  std::vector<kernel::Collection*> collections() override { return {&collection_}; }

 private:
  DoctorService service_;
  DoctorsCollection collection_{service_.settings()};
  ListingDocuments listings_;
  BackgroundLoop free_days_;  // last: its thread uses the service
};

}  // namespace medimeet::doctors
