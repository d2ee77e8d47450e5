#include "files/file_repository.hpp"

#include <soci/soci.h>

#include <stdexcept>

#include "security/base64.hpp"
#include "storage/kept_statements.hpp"
#include "storage/query.hpp"

namespace medimeet::files {

using security::from_base64;
using security::to_base64;


void FileRepository::insert_incomplete(soci::session& sql, const StoredFile& file, const FileSeal& seal) const {
  const long long created_at = to_epoch_ms(file.created_at);
  const auto wrapped_key = to_base64(seal.wrapped_key);
  const auto header = to_base64(seal.stream_header);
  storage::run(sql, "INSERT INTO files (id, owner_id, name, media_type, wrapped_key, stream_header, complete, "
                    "created_at) "
                    "VALUES (:id, :o, :n, :t, :k, :h, 0, :c)",
               soci::use(file.id), soci::use(file.owner_id), soci::use(file.name), soci::use(file.media_type),
               soci::use(wrapped_key), soci::use(header), soci::use(created_at));
}

void FileRepository::insert_chunk(soci::session& sql, const std::string& file_id, int position,
                                  std::string_view sealed) const {
  const auto text = to_base64(sealed);
  storage::run(sql, "INSERT INTO file_chunks (file_id, position, sealed) VALUES (:f, :p, :s)",
               soci::use(file_id), soci::use(position), soci::use(text));
}

void FileRepository::complete(soci::session& sql, const StoredFile& file) const {
  storage::run(sql, "UPDATE files SET size = :s, sha256 = :h, complete = 1 WHERE id = :id",
               soci::use(file.size), soci::use(file.sha256), soci::use(file.id));
}

void FileRepository::insert_description(soci::session& sql, const StoredFile& file) const {
  const long long created_at = to_epoch_ms(file.created_at);
  storage::run(sql, "INSERT INTO files (id, owner_id, name, media_type, size, sha256, wrapped_key, stream_header, "
                    "complete, reference_count, created_at) "
                    "VALUES (:id, :o, :n, :t, :s, :h, '', '', 1, 1, :c)",
               soci::use(file.id), soci::use(file.owner_id), soci::use(file.name), soci::use(file.media_type),
               soci::use(file.size), soci::use(file.sha256), soci::use(created_at));
}

void FileRepository::remove(soci::session& sql, const std::string& file_id) const {
  storage::run(sql, "DELETE FROM file_chunks WHERE file_id = :id", soci::use(file_id));
  storage::run(sql, "DELETE FROM files WHERE id = :id", soci::use(file_id));
}

std::optional<std::pair<StoredFile, FileSeal>> FileRepository::find(soci::session& sql,
                                                                    const std::string& file_id) const {
  StoredFile file;
  FileSeal seal;
  long long created_at = 0;
  soci::indicator found = soci::i_null;
  storage::run(sql, "SELECT id, owner_id, name, media_type, size, sha256, wrapped_key, stream_header, created_at FROM "
                    "files "
                    "WHERE id = :id AND complete = 1",
               soci::into(file.id, found), soci::into(file.owner_id), soci::into(file.name),
               soci::into(file.media_type), soci::into(file.size), soci::into(file.sha256),
               soci::into(seal.wrapped_key), soci::into(seal.stream_header), soci::into(created_at),
               soci::use(file_id));
  if (found != soci::i_ok) return std::nullopt;
  file.created_at = from_epoch_ms(created_at);
  file.has_content = !seal.wrapped_key.empty();
  seal.wrapped_key = from_base64(seal.wrapped_key);
  seal.stream_header = from_base64(seal.stream_header);
  return std::make_pair(std::move(file), std::move(seal));
}

void FileRepository::for_each_chunk(soci::session& sql, const std::string& file_id, int batch,
                                    const std::function<void(std::string_view sealed)>& each) const {
  int next = 0;
  while (true) {
    int position = 0;
    std::string text;
    storage::Query query("SELECT position, sealed FROM file_chunks WHERE file_id = ");
    query.bind(file_id).append(" AND position >= ").bind(static_cast<long long>(next))
        .append(" ORDER BY position LIMIT ").bind(static_cast<long long>(batch));
    storage::KeptStatement statement(sql, query.text());
    statement->exchange(soci::into(position));
    statement->exchange(soci::into(text));
    query.bind_to(*statement);
    statement->execute();
    int read = 0;
    while (statement->fetch()) {
      // A missing chunk would read as a shorter, still valid-looking file: refuse it.
      if (position != next) throw std::runtime_error("a stored file misses a chunk");
      each(from_base64(text));
      ++next;
      ++read;
    }
    if (read < batch) return;
  }
}

namespace {

// Deletes the files `condition` selects (a WHERE clause ending in "created_at <= "), chunks first.
long long purge(soci::session& sql, std::string_view condition, long long before_ms) {
  storage::execute_counting_rows(sql, storage::Query("DELETE FROM file_chunks WHERE file_id IN (SELECT id FROM files "
                                                     "WHERE ")
                                          .append(condition).bind(before_ms).append(")"));
  return storage::execute_counting_rows(sql, storage::Query("DELETE FROM files WHERE ").append(condition).bind(before_ms));
}

}  // namespace

long long FileRepository::purge_incomplete(soci::session& sql, long long before_ms) const {
  return purge(sql, "complete = 0 AND created_at <= ", before_ms);
}

long long FileRepository::purge_unreferenced(soci::session& sql, long long before_ms) const {
  return purge(sql, "complete = 1 AND reference_count = 0 AND created_at <= ", before_ms);
}

bool FileRepository::add_reference(soci::session& sql, const std::string& file_id, const std::string& owner_id) const {
  return storage::execute_counting_rows(
             sql, storage::Query("UPDATE files SET reference_count = reference_count + 1 WHERE complete = 1 AND id = ")
                      .bind(file_id).append(" AND owner_id = ").bind(owner_id)) == 1;
}

void FileRepository::remove_reference(soci::session& sql, const std::string& file_id) const {
  storage::run(sql, "UPDATE files SET reference_count = reference_count - 1 WHERE id = :id AND reference_count > 0",
               soci::use(file_id));
}

std::vector<StoredFile> FileRepository::owned_by(soci::session& sql, const std::string& owner_id) const {
  StoredFile file;
  long long created_at = 0;
  int has_content = 1;
  storage::Query query("SELECT id, owner_id, name, media_type, size, sha256, created_at, CASE WHEN wrapped_key = '' "
                       "THEN 0 ELSE 1 END FROM files WHERE complete = 1 AND owner_id = ");
  query.bind(owner_id).append(" ORDER BY created_at, id");
  storage::KeptStatement statement(sql, query.text());
  statement->exchange(soci::into(file.id));
  statement->exchange(soci::into(file.owner_id));
  statement->exchange(soci::into(file.name));
  statement->exchange(soci::into(file.media_type));
  statement->exchange(soci::into(file.size));
  statement->exchange(soci::into(file.sha256));
  statement->exchange(soci::into(created_at));
  statement->exchange(soci::into(has_content));
  query.bind_to(*statement);
  statement->execute();
  std::vector<StoredFile> files;
  while (statement->fetch()) {
    files.push_back(file);
    files.back().created_at = from_epoch_ms(created_at);
    files.back().has_content = has_content != 0;
  }
  return files;
}

}  // namespace medimeet::files
