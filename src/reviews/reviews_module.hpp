#pragma once

#include "appointments/appointment_service.hpp"
#include "doctors/doctor_service.hpp"
#include "kernel/module.hpp"
#include "reviews/review_service.hpp"
#include "reviews/reviews_collection.hpp"

namespace medimeet::reviews {

// Patients' reviews of their completed visits, and the doctors' ratings they make.
class ReviewsModule : public kernel::Module {
 public:
  ReviewsModule(kernel::Core core, const appointments::AppointmentService& appointments,
                const doctors::DoctorService& doctors, ReviewSettings settings);

  void add_routes(http::Router& router) override;
  void export_personal_data(soci::session& sql, const access::Caller& caller,
                            boost::json::object& document) const override;
  // Exported and imported even with reviews off: the reviews written stay data of the instance.
  std::vector<kernel::Collection*> collections() override { return {&collection_}; }

 private:
  bool enabled_;
  ReviewService service_;
  ReviewsCollection collection_;
};

}  // namespace medimeet::reviews
