#pragma once

#include "audit/audit_log.hpp"
#include "http/router.hpp"

namespace medimeet::audit {

// GET /api/v1/patients/me/access-log: who did what to the calling patient's data, and when.
void add_routes(http::Router& router, const AuditLog& log);

}  // namespace medimeet::audit
