#include "patients/patient_routes.hpp"

#include "accounts/authentication.hpp"
#include "common/error.hpp"
#include "common/object_id.hpp"
#include "patients/patient_json.hpp"

namespace medimeet::patients {

using http::Body;
using http::Method;
using http::Request;
using http::Response;

void add_routes(http::Router& router, accounts::AccountService& accounts, PatientService& patients) {
  router.add(Method::get, "/api/v1/patients/me", Body::none, [&](const Request& request) {
    const auto current = accounts::require_role(accounts, request, accounts::Role::patient);
    return Response::json(200, patient_to_json(patients.get(current.user.id)));
  });

  router.add(Method::patch, "/api/v1/patients/me", Body::json, [&](const Request& request) {
    const auto current = accounts::require_role(accounts, request, accounts::Role::patient);
    const auto changes = parse_patient_changes(request.body);
    return Response::json(200, patient_to_json(patients.update(current.user.id, changes)));
  });

  router.add(Method::get, "/api/v1/patients/{id}", Body::none, [&](const Request& request) {
    const auto current = accounts::require_user(accounts, request);
    const auto& id = request.param("id");
    if (!is_object_id(id)) throw AppError::not_found("The patient");
    return Response::json(200, patient_to_json(patients.get_visible_to(id, current.user)));
  });
}

}  // namespace medimeet::patients
