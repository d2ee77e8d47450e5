#pragma once

#include <vector>

#include "audit/audit_log.hpp"
#include "common/time.hpp"
#include "http/router.hpp"
#include "kernel/module.hpp"
#include "storage/database.hpp"

namespace medimeet::app {

// GET /api/v1/users/me/export: everything the server holds about the caller as one JSON
// document (GDPR Art. 20), each module adding its share, read in one transaction that also
// records the export in the audit log.
void add_data_export_route(http::Router& router, storage::Database& database, const Clock& clock,
                           const audit::AuditLog& audit, std::vector<const kernel::Module*> modules);

}  // namespace medimeet::app
