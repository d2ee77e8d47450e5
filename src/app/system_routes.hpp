#pragma once

#include "http/router.hpp"
#include "storage/database.hpp"

namespace medimeet::app {

// GET /healthz (the process answers), GET /readyz (the database answers too) and
// GET /api/v1/openapi.json (the API description).
void add_system_routes(http::Router& router, storage::Database& database);

}  // namespace medimeet::app
