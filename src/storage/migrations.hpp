#pragma once

#include <span>

#include "common/embedded_file.hpp"
#include "storage/database.hpp"

namespace medimeet::storage {

// Applies, in name order and in one transaction, every migration not yet recorded in
// schema_migrations. Safe when several instances start at once (they take a lock first).
// Returns how many were applied. Throws if a migration fails; nothing is then applied.
int migrate(Database& database, std::span<const EmbeddedFile> migrations);

}  // namespace medimeet::storage
