#include "doctors/doctor_routes.hpp"

#include <boost/json/array.hpp>

#include "doctors/doctor_json.hpp"

namespace medimeet::doctors {

using http::Access;
using http::Body;
using http::Method;
using http::Request;
using http::Response;

void add_routes(http::Router& router, DoctorService& doctors, ListingDocuments& listings) {
  // Literal paths first: /doctors/me must not be read as a doctor whose id is "me".
  router.add(Method::get, "/api/v1/doctors/me", Access::doctor, Body::none, [&](const Request& request) {
    return Response::json(200, doctor_to_json(doctors.get(request.caller().user_id), true));
  });

  router.add(Method::patch, "/api/v1/doctors/me", Access::doctor, Body::json, [&](const Request& request) {
    const auto changes = parse_doctor_changes(request.body);
    return Response::json(200, doctor_to_json(doctors.update(request.caller().user_id, changes), true));
  });

  router.add(Method::post, "/api/v1/doctors/me/time-off", Access::doctor, Body::json, [&](const Request& request) {
    const auto time_off = parse_time_off(request.body);
    return Response::json(
        201, time_off_to_json(doctors.add_time_off(request.caller().user_id, time_off.start, time_off.end,
                                                   time_off.reason)));
  });

  router.add(Method::get, "/api/v1/doctors/me/time-off", Access::doctor, Body::none, [&](const Request& request) {
    boost::json::array items;
    for (const auto& time_off : doctors.time_off(request.caller().user_id)) items.push_back(time_off_to_json(time_off));
    return Response::json(200, boost::json::object{{"timeOff", std::move(items)}});
  });

  router.add(Method::delete_, "/api/v1/doctors/me/time-off/{id}", Access::doctor, Body::none,
             [&](const Request& request) {
               doctors.remove_time_off(request.caller().user_id, request.param("id"));
               return Response::no_content();
             });

  router.add(Method::get, "/api/v1/doctors/me/visit-reasons", Access::doctor, Body::none, [&](const Request& request) {
    boost::json::array items;
    for (const auto& reason : doctors.visit_reasons(request.caller().user_id)) items.push_back(visit_reason_to_json(reason));
    return Response::json(200, boost::json::object{{"visitReasons", std::move(items)}});
  });

  router.add(Method::post, "/api/v1/doctors/me/visit-reasons", Access::doctor, Body::json, [&](const Request& request) {
    const auto reason = parse_visit_reason(request.body);
    return Response::json(201, visit_reason_to_json(doctors.add_visit_reason(request.caller().user_id, reason)));
  });

  router.add(Method::patch, "/api/v1/doctors/me/visit-reasons/{id}", Access::doctor, Body::json,
             [&](const Request& request) {
               const auto& id = request.object_id_param("id", "The visit reason");
               const auto changes = parse_visit_reason(request.body);
               return Response::json(
                   200, visit_reason_to_json(doctors.update_visit_reason(request.caller().user_id, id, changes)));
             });

  router.add(Method::delete_, "/api/v1/doctors/me/visit-reasons/{id}", Access::doctor, Body::none,
             [&](const Request& request) {
               doctors.archive_visit_reason(request.caller().user_id, request.object_id_param("id", "The visit reason"));
               return Response::no_content();
             });

  // Search pages and slots kept in memory are answered on the connection's thread.
  const auto json = [](const ListingCache::Body& body) -> std::optional<Response> {
    if (!body) return std::nullopt;
    return Response::text(200, "application/json", *body);
  };
  router.add_quick(
      "/api/v1/doctors",
      [&, json](const Request& request) {
        return json(listings.kept_search(parse_doctor_search(request.query), request.received_at));
      },
      [&](const Request& request) {
        return Response::text(200, "application/json",
                              *listings.search(parse_doctor_search(request.query), request.received_at));
      });

  router.add(Method::get, "/api/v1/doctors/specialties", Access::anyone, Body::none, [&](const Request&) {
    // The whole catalogue, with how many listed doctors practise each specialty.
    std::map<std::string, long long> counts;
    for (const auto& [specialty, count] : doctors.specialties()) counts[specialty] = count;
    boost::json::array items;
    for (const auto& specialty : specialty_catalogue()) {
      const auto count = counts.find(std::string(specialty.code));
      items.push_back(specialty_to_json(specialty, count == counts.end() ? 0 : count->second));
    }
    return Response::json(200, boost::json::object{{"specialties", std::move(items)}});
  });

  router.add(Method::get, "/api/v1/doctors/popular", Access::anyone, Body::none, [&](const Request&) {
    boost::json::array items;
    for (const auto& listing : doctors.popular(10)) items.push_back(listing_to_json(listing));
    return Response::json(200, boost::json::object{{"doctors", std::move(items)}});
  });

  router.add(Method::get, "/api/v1/doctors/{id}", Access::anyone, Body::none, [&](const Request& request) {
    return Response::json(200, listing_to_json(doctors.get_listed(request.object_id_param("id", "The doctor"))));
  });

  router.add(Method::get, "/api/v1/doctors/{id}/visit-reasons", Access::anyone, Body::none, [&](const Request& request) {
    boost::json::array items;
    for (const auto& reason : doctors.listed_visit_reasons(request.object_id_param("id", "The doctor"))) {
      items.push_back(visit_reason_to_json(reason));
    }
    return Response::json(200, boost::json::object{{"visitReasons", std::move(items)}});
  });

  router.add_quick(
      "/api/v1/doctors/{id}/slots",
      [&, json](const Request& request) {
        return json(listings.kept_slots(request.object_id_param("id", "The doctor"),
                                        parse_day_parameter(request.query, "from"),
                                        parse_day_parameter(request.query, "to"), parse_reason_parameter(request.query),
                                        request.received_at));
      },
      [&](const Request& request) {
        const auto& id = request.object_id_param("id", "The doctor");
        const auto from = parse_day_parameter(request.query, "from");
        const auto to = parse_day_parameter(request.query, "to");
        return Response::text(200, "application/json",
                              *listings.slots(id, from, to, parse_reason_parameter(request.query), request.received_at));
      });
}

}  // namespace medimeet::doctors
