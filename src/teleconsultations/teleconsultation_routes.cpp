#include "teleconsultations/teleconsultation_routes.hpp"

#include "teleconsultations/prescription_pdf.hpp"
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

  router.add(Method::put, "/api/v1/teleconsultations/{id}/prescription", Access::doctor, Body::json,
             [&](const Request& request) {
               const auto& id = request.object_id_param("id", "The teleconsultation");
               const auto draft = parse_prescription(request.body);
               return Response::json(200, visit_to_json(teleconsultations.prescribe(request.caller(), id, draft)));
             });

  router.add(Method::get, "/api/v1/teleconsultations/{id}/prescription.pdf", Access::signed_in, Body::none,
             [&](const Request& request) {
               const auto& id = request.object_id_param("id", "The teleconsultation");
               const auto sheet = teleconsultations.prescription_sheet(request.caller(), id);
               Response response;
               response.status = 200;
               response.body = prescription_pdf(sheet);
               response.set_header("Content-Type", "application/pdf");
               response.set_header("Content-Disposition",
                                   "attachment; filename=\"ordonnance-" +
                                       format_iso8601(sheet.prescription.prescribed_at).substr(0, 10) + ".pdf\"");
               return response;
             });

  // Public: whoever holds the code (printed as a QR code) checks the prescription is genuine.
  router.add(Method::get, "/api/v1/prescriptions/verify/{code}", Access::anyone, Body::none,
             [&](const Request& request) {
               return Response::json(200, verified_to_json(teleconsultations.verify_prescription(request.param("code"))));
             });

  router.add(Method::get, "/api/v1/teleconsultations/{id}/ice-servers", Access::signed_in, Body::none,
             [&](const Request& request) {
               const auto& id = request.object_id_param("id", "The teleconsultation");
               return Response::json(200, ice_servers_to_json(teleconsultations.ice_servers(request.caller(), id)));
             });
}

}  // namespace medimeet::teleconsultations
