#include "app/data_export_routes.hpp"

namespace medimeet::app {

using http::Access;
using http::Body;
using http::Method;
using http::Request;
using http::Response;

void add_data_export_route(http::Router& router, storage::Database& database, const Clock& clock,
                           const audit::AuditLog& audit, std::vector<const kernel::Module*> modules) {
  router.add(Method::get, "/api/v1/users/me/export", Access::signed_in, Body::none,
             [&database, &clock, &audit, modules = std::move(modules)](const Request& request) {
               const auto& caller = request.caller();
               auto document = database.write([&](soci::session& sql) {
                 boost::json::object exported{{"exportedAt", format_iso8601(clock.now())}};
                 for (const auto* module : modules) module->export_personal_data(sql, caller, exported);
                 const bool patient = caller.is(access::Role::patient);
                 audit.record(sql, caller, {"data.export", "user", caller.user_id, patient ? caller.user_id : ""});
                 return exported;
               });
               auto response = Response::json(200, document);
               response.set_header("Content-Disposition", "attachment; filename=\"medimeet-export.json\"");
               return response;
             });
}

}  // namespace medimeet::app
