#include "patients/patient_routes.hpp"

#include "patients/patient_json.hpp"

namespace medimeet::patients {

using http::Access;
using http::Body;
using http::Method;
using http::Request;
using http::Response;

void add_routes(http::Router& router, PatientService& patients) {
  router.add(Method::get, "/api/v1/patients/me", Access::patient, Body::none, [&](const Request& request) {
    return Response::json(200, patient_to_json(patients.get(request.caller())));
  });

  router.add(Method::patch, "/api/v1/patients/me", Access::patient, Body::json, [&](const Request& request) {
    const auto changes = parse_patient_changes(request.body);
    return Response::json(200, patient_to_json(patients.update(request.caller(), changes)));
  });

  router.add(Method::get, "/api/v1/patients/{id}", Access::signed_in, Body::none, [&](const Request& request) {
    const auto& id = request.object_id_param("id", "The patient");
    return Response::json(200, patient_to_json(patients.get_visible_to(id, request.caller())));
  });
}

}  // namespace medimeet::patients
