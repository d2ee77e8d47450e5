#include "reviews/reviews_module.hpp"

#include <boost/json/array.hpp>

#include "reviews/review_json.hpp"
#include "reviews/review_routes.hpp"

namespace medimeet::reviews {

ReviewsModule::ReviewsModule(kernel::Core core, const appointments::AppointmentService& appointments,
                             const doctors::DoctorService& doctors, ReviewSettings settings)
    : enabled_(settings.enabled),
      service_(core.database, core.clock, appointments, doctors, settings),
      collection_(appointments) {}

void ReviewsModule::add_routes(http::Router& router) {
  if (enabled_) reviews::add_routes(router, service_);
}

void ReviewsModule::export_personal_data(soci::session& sql, const access::Caller& caller,
                                         boost::json::object& document) const {
  // What a patient wrote; the reviews about a doctor are their patients' words, not the doctor's data.
  boost::json::array reviews;
  if (caller.is(access::Role::patient)) {
    for (const auto& review : service_.written_by(sql, caller.user_id)) reviews.push_back(review_to_json(review));
  }
  document["reviews"] = std::move(reviews);
}

}  // namespace medimeet::reviews
