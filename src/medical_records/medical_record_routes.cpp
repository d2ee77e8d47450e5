#include "medical_records/medical_record_routes.hpp"

#include <boost/json/array.hpp>

#include "common/field_problems.hpp"
#include "common/object_id.hpp"
#include "common/query_parameters.hpp"
#include "medical_records/medical_record_json.hpp"

namespace medimeet::medical_records {

using http::Access;
using http::Body;
using http::Method;
using http::Request;
using http::Response;

void add_routes(http::Router& router, MedicalRecordService& records) {
  router.add(Method::get, "/api/v1/medical-records", Access::signed_in, Body::none, [&](const Request& request) {
    QueryParameters query(request.query);
    const auto paging = query.page_request(MedicalRecordService::kMaxPageSize);
    const auto patient_id = query.text("patientId");
    if (patient_id && !is_object_id(*patient_id)) query.reject("patientId", problems::not_an_id());
    query.finish();
    const auto page = records.list(request.caller(), patient_id, paging);
    boost::json::array items;
    for (const auto& record : page.records) items.push_back(record_to_json(record));
    return Response::json(200, page_to_json("medicalRecords", std::move(items), paging, page.total));
  });

  router.add(Method::get, "/api/v1/medical-records/{id}", Access::signed_in, Body::none, [&](const Request& request) {
    const auto& id = request.object_id_param("id", "The medical record");
    return Response::json(200, record_to_json(records.get(request.caller(), id)));
  });

  router.add(Method::get, "/api/v1/patients/{patientId}/medical-record", Access::doctor, Body::none,
             [&](const Request& request) {
               const auto& patient_id = request.object_id_param("patientId", "The medical record");
               return Response::json(200, record_to_json(records.of_patient(request.caller(), patient_id)));
             });

  router.add(Method::post, "/api/v1/patients/{patientId}/medical-record/entries", Access::doctor, Body::json,
             [&](const Request& request) {
               const auto& patient_id = request.object_id_param("patientId", "The medical record");
               const auto draft = parse_entry_draft(request.body);
               return Response::json(201,
                                     record_to_json(records.add_entry_for_patient(request.caller(), patient_id, draft)));
             });

  router.add(Method::post, "/api/v1/medical-records/{id}/entries", Access::signed_in, Body::json,
             [&](const Request& request) {
               const auto& id = request.object_id_param("id", "The medical record");
               const auto draft = parse_entry_draft(request.body);
               return Response::json(201, record_to_json(records.add_entry(request.caller(), id, draft)));
             });

  router.add(Method::patch, "/api/v1/medical-records/{id}/entries/{entryId}", Access::signed_in, Body::json,
             [&](const Request& request) {
               const auto& id = request.object_id_param("id", "The medical record");
               const auto& entry_id = request.object_id_param("entryId", "The entry");
               const auto changes = parse_entry_changes(request.body);
               return Response::json(200, record_to_json(records.update_entry(request.caller(), id, entry_id, changes)));
             });

  router.add(Method::delete_, "/api/v1/medical-records/{id}/entries/{entryId}", Access::signed_in, Body::none,
             [&](const Request& request) {
               const auto& id = request.object_id_param("id", "The medical record");
               const auto& entry_id = request.object_id_param("entryId", "The entry");
               records.delete_entry(request.caller(), id, entry_id);
               return Response::no_content();
             });

  router.add(Method::post, "/api/v1/medical-records/{id}/share", Access::patient, Body::json,
             [&](const Request& request) {
               const auto& id = request.object_id_param("id", "The medical record");
               const auto doctor_id = parse_share(request.body);
               return Response::json(200, record_to_json(records.share(request.caller(), id, doctor_id)));
             });

  router.add(Method::delete_, "/api/v1/medical-records/{id}/share/{doctorId}", Access::patient, Body::none,
             [&](const Request& request) {
               const auto& id = request.object_id_param("id", "The medical record");
               const auto& doctor_id = request.object_id_param("doctorId", "The doctor");
               records.unshare(request.caller(), id, doctor_id);
               return Response::no_content();
             });
}

}  // namespace medimeet::medical_records
