#include "audit/audit_module.hpp"

#include "audit/audit_routes.hpp"

namespace medimeet::audit {

void AuditModule::add_routes(http::Router& router) { audit::add_routes(router, log_); }

}  // namespace medimeet::audit
