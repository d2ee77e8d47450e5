#pragma once

#include <soci/session.h>

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "files/stored_file.hpp"

namespace medimeet::files {

// All SQL of the files and file_chunks tables. Sealed bytes travel as base64 text.
class FileRepository {
 public:
  // A file whose chunks are about to be written; invisible until complete().
  void insert_incomplete(soci::session& sql, const StoredFile& file, const FileSeal& seal) const;
  void insert_chunk(soci::session& sql, const std::string& file_id, int position, std::string_view sealed) const;
  void complete(soci::session& sql, const StoredFile& file) const;
  // A complete file without content or seal (a data import's description), which one document
  // refers to.
  void insert_description(soci::session& sql, const StoredFile& file) const;
  void remove(soci::session& sql, const std::string& file_id) const;

  // A complete file, with its seal (empty for a file without content).
  std::optional<std::pair<StoredFile, FileSeal>> find(soci::session& sql, const std::string& file_id) const;
  // Calls `each` with the sealed chunks of the file, in order, `batch` at a time from the
  // database, so a large file is never held whole.
  void for_each_chunk(soci::session& sql, const std::string& file_id, int batch,
                      const std::function<void(std::string_view sealed)>& each) const;
  // Files left incomplete since before `before` (an upload that failed or a crash); returns how
  // many went.
  long long purge_incomplete(soci::session& sql, long long before_ms) const;
  // Complete files nobody refers to, uploaded before `before`; returns how many went.
  long long purge_unreferenced(soci::session& sql, long long before_ms) const;

  // One more document refers to the file; false (nothing changed) unless it is complete and
  // `owner_id` uploaded it.
  bool add_reference(soci::session& sql, const std::string& file_id, const std::string& owner_id) const;
  void remove_reference(soci::session& sql, const std::string& file_id) const;
  std::vector<StoredFile> owned_by(soci::session& sql, const std::string& owner_id) const;
};

}  // namespace medimeet::files
