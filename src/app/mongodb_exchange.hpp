#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "kernel/collection.hpp"
#include "storage/database.hpp"

namespace medimeet::app {

// The seed's collections in the order an import loads them: each refers only to those before.
std::vector<std::string_view> seed_collection_names();

// How many documents each collection's file holds, in the seed's order.
using DocumentCounts = std::vector<std::pair<std::string, long long>>;

// Writes `<directory>/<collection>.json` for each of `collections`: one MongoDB Extended JSON
// document a line, as mongoimport reads them, all read from one snapshot of the database while
// it keeps serving. The directory is made (0700) if need be; each file is written beside its
// name (0600: it holds personal and medical data) and renamed when complete. Throws
// std::runtime_error when a file cannot be written.
DocumentCounts export_mongodb(storage::Database& database, const std::vector<kernel::Collection*>& collections,
                              const std::filesystem::path& directory);

// One document an import refused: where it is and what is wrong with which field ("" for the
// whole line).
struct ImportProblem {
  std::string file;
  long long line = 0;
  std::string field;
  std::string message;
};

struct ImportResult {
  DocumentCounts documents;                 // read from each file found
  std::vector<ImportProblem> problems;      // the first kMaxProblems
  long long problems_not_listed = 0;        // past those
  std::vector<std::string> ignored_files;   // *.json files that are no collection of the seed
  bool imported() const { return problems.empty(); }

  static constexpr std::size_t kMaxProblems = 100;
};

// Loads `<directory>/<collection>.json` files (a missing one: no documents of that collection)
// into `database`, in the seed's order, in one transaction: every document is read and checked,
// and nothing is written unless every one of them is valid. Throws std::runtime_error when a
// file cannot be read.
ImportResult import_mongodb(storage::Database& database, const std::vector<kernel::Collection*>& collections,
                            const std::filesystem::path& directory);

}  // namespace medimeet::app
