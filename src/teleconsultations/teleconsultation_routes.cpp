#include "teleconsultations/teleconsultation_routes.hpp"

#include "teleconsultations/teleconsultation_json.hpp"

namespace medimeet::teleconsultations {

using http::Access;
using http::Body;
using http::Method;
using http::Request;
using http::Response;

void add_routes(http::Router& router, TeleconsultationService& teleconsultations) {
  router.add(Method::get, "/api/v1/teleconsultations/{id}", Access::signed_in, Body::none,
             [&](const Request& request) {
               const auto& id = request.object_id_param("id", "The teleconsultation");
               return Response::json(200, visit_to_json(teleconsultations.get(request.caller(), id)));
             });

  router.add(Method::get, "/api/v1/appointments/{id}/teleconsultation", Access::signed_in, Body::none,
             [&](const Request& request) {
               const auto& id = request.object_id_param("id", "The teleconsultation");
               return Response::json(200, visit_to_json(teleconsultations.of_appointment(request.caller(), id)));
             });

  router.add(Method::post, "/api/v1/teleconsultations/{id}/documents", Access::signed_in, Body::json,
             [&](const Request& request) {
               const auto& id = request.object_id_param("id", "The teleconsultation");
               const auto file_id = parse_document(request.body);
               return Response::json(201, visit_to_json(teleconsultations.add_document(request.caller(), id, file_id)));
             });

  router.add(Method::delete_, "/api/v1/teleconsultations/{id}/documents/{fileId}", Access::signed_in, Body::none,
             [&](const Request& request) {
               const auto& id = request.object_id_param("id", "The teleconsultation");
               const auto& file_id = request.object_id_param("fileId", "The document");
               teleconsultations.remove_document(request.caller(), id, file_id);
               return Response::no_content();
             });

  router.add(Method::get, "/api/v1/teleconsultations/{id}/ice-servers", Access::signed_in, Body::none,
             [&](const Request& request) {
               const auto& id = request.object_id_param("id", "The teleconsultation");
               return Response::json(200, ice_servers_to_json(teleconsultations.ice_servers(request.caller(), id)));
             });
}

}  // namespace medimeet::teleconsultations
