#include "audit/audit_routes.hpp"

#include <boost/json/array.hpp>

#include "common/query_parameters.hpp"

namespace medimeet::audit {
namespace {

// What the patient sees of a row: who (name and role), what, when. Where from (address, request
// id) stays with the operators who investigate.
boost::json::object access_to_json(const AuditRow& row) {
  return {{"_id", row.id},
          {"at", format_iso8601(row.at)},
          {"actor", {{"_id", row.actor_id}, {"name", row.actor_name}, {"role", row.actor_role}}},
          {"action", row.action},
          {"objectType", row.object_type},
          {"objectId", row.object_id}};
}

}  // namespace

using http::Access;
using http::Body;
using http::Method;
using http::Request;
using http::Response;

void add_routes(http::Router& router, const AuditLog& log) {
  router.add(Method::get, "/api/v1/patients/me/access-log", Access::patient, Body::none, [&](const Request& request) {
    QueryParameters query(request.query);
    const auto paging = query.page_request(AuditLog::kMaxPageSize);
    query.finish();
    const auto page = log.access_log(request.caller().user_id, paging);
    boost::json::array entries;
    for (const auto& row : page.rows) entries.push_back(access_to_json(row));
    return Response::json(200, page_to_json("entries", std::move(entries), paging, page.total));
  });
}

}  // namespace medimeet::audit
