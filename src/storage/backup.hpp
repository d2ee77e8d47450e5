#pragma once

#include <filesystem>
#include <string>

namespace medimeet::storage {

// A consistent copy of a database taken while the server runs and writes: every write committed
// before it began is in it. SQLite: SQLite's online backup API, from one read snapshot (writers
// go on meanwhile); the copy is itself an SQLite database. PostgreSQL: `pg_dump --format=custom`
// (PostgreSQL's client tools, on PATH), one snapshot too. Written beside `to` and renamed into
// place once complete, so `to` is never a partial copy. Throws std::runtime_error.
void backup(const std::string& database_url, const std::filesystem::path& to);

// Loads a backup made by `backup` into the database at `database_url`, which must be empty (no
// table): restoring over data is refused, with nothing changed. SQLite: the online backup API
// again; PostgreSQL: `pg_restore` in one transaction. Throws std::runtime_error.
void restore(const std::filesystem::path& from, const std::string& database_url);

}  // namespace medimeet::storage
