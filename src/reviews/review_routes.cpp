#include "reviews/review_routes.hpp"

#include <boost/json/array.hpp>

#include "common/query_parameters.hpp"
#include "reviews/review_json.hpp"

namespace medimeet::reviews {

using http::Access;
using http::Body;
using http::Method;
using http::Request;
using http::Response;

void add_routes(http::Router& router, ReviewService& reviews) {
  router.add(Method::post, "/api/v1/reviews", Access::patient, Body::json, [&](const Request& request) {
    const auto draft = parse_review(request.body);
    return Response::json(201, review_to_json(reviews.create(request.caller(), draft)));
  });

  router.add(Method::get, "/api/v1/appointments/{id}/review", Access::patient, Body::none,
             [&](const Request& request) {
               const auto& id = request.object_id_param("id", "The review");
               return Response::json(200, review_to_json(reviews.of_appointment(request.caller(), id)));
             });

  router.add(Method::patch, "/api/v1/reviews/{id}", Access::patient, Body::json, [&](const Request& request) {
    const auto& id = request.object_id_param("id", "The review");
    const auto changes = parse_review_changes(request.body);
    return Response::json(200, review_to_json(reviews.update(request.caller(), id, changes)));
  });

  router.add(Method::delete_, "/api/v1/reviews/{id}", Access::patient, Body::none, [&](const Request& request) {
    reviews.remove(request.caller(), request.object_id_param("id", "The review"));
    return Response::no_content();
  });

  router.add(Method::post, "/api/v1/reviews/{id}/flag", Access::doctor, Body::json, [&](const Request& request) {
    const auto& id = request.object_id_param("id", "The review");
    const auto reason = parse_flag(request.body);
    reviews.flag(request.caller(), id, reason);
    return Response::no_content();
  });

  // Public: what patients said, never who they are.
  router.add(Method::get, "/api/v1/doctors/{id}/reviews", Access::anyone, Body::none, [&](const Request& request) {
    const auto& id = request.object_id_param("id", "The doctor");
    QueryParameters query(request.query);
    const auto paging = query.page_request(ReviewService::kMaxPageSize);
    query.finish();
    const auto page = reviews.shown_of_doctor(id, paging);
    boost::json::array items;
    for (const auto& review : page.reviews) items.push_back(public_review_to_json(review));
    return Response::json(200, page_to_json("reviews", std::move(items), paging, page.total));
  });
}

}  // namespace medimeet::reviews
