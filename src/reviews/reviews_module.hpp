#pragma once

#include "appointments/appointment_service.hpp"
#include "doctors/doctor_service.hpp"
#include "kernel/module.hpp"
#include "reviews/review_service.hpp"

namespace medimeet::reviews {

// Patients' reviews of their completed visits, and the doctors' ratings they make.
class ReviewsModule : public kernel::Module {
 public:
  ReviewsModule(kernel::Core core, const appointments::AppointmentService& appointments,
                const doctors::DoctorService& doctors, ReviewSettings settings);

  void add_routes(http::Router& router) override;
  void export_personal_data(soci::session& sql, const access::Caller& caller,
                            boost::json::object& document) const override;

 private:
  bool enabled_;
  ReviewService service_;
};

}  // namespace medimeet::reviews
