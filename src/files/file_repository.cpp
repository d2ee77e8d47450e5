#include "files/file_repository.hpp"

#include <soci/soci.h>
#include <sodium.h>

#include <stdexcept>

#include "storage/query.hpp"

namespace medimeet::files {
namespace {

constexpr int kVariant = sodium_base64_VARIANT_ORIGINAL;

std::string to_base64(std::string_view bytes) {
  std::string text(sodium_base64_ENCODED_LEN(bytes.size(), kVariant), '\0');
  sodium_bin2base64(text.data(), text.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    kVariant);
  text.pop_back();  // the terminating NUL
  return text;
}

std::string from_base64(std::string_view text) {
  std::string bytes(text.size() / 4 * 3 + 3, '\0');
  std::size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), text.data(), text.size(),
                        nullptr, &length, nullptr, kVariant) != 0) {
    throw std::runtime_error("a stored file holds text that is not base64");
  }
  bytes.resize(length);
  return bytes;
}

}  // namespace

void FileRepository::insert_incomplete(soci::session& sql, const StoredFile& file, const FileSeal& seal) const {
  const long long created_at = to_epoch_ms(file.created_at);
  const auto wrapped_key = to_base64(seal.wrapped_key);
  const auto header = to_base64(seal.stream_header);
  sql << "INSERT INTO files (id, owner_id, name, media_type, wrapped_key, stream_header, complete, created_at) "
         "VALUES (:id, :o, :n, :t, :k, :h, 0, :c)",
      soci::use(file.id), soci::use(file.owner_id), soci::use(file.name), soci::use(file.media_type),
      soci::use(wrapped_key), soci::use(header), soci::use(created_at);
}

void FileRepository::insert_chunk(soci::session& sql, const std::string& file_id, int position,
                                  std::string_view sealed) const {
  const auto text = to_base64(sealed);
  sql << "INSERT INTO file_chunks (file_id, position, sealed) VALUES (:f, :p, :s)", soci::use(file_id),
      soci::use(position), soci::use(text);
}

void FileRepository::complete(soci::session& sql, const StoredFile& file) const {
  sql << "UPDATE files SET size = :s, sha256 = :h, complete = 1 WHERE id = :id", soci::use(file.size),
      soci::use(file.sha256), soci::use(file.id);
}

void FileRepository::remove(soci::session& sql, const std::string& file_id) const {
  sql << "DELETE FROM file_chunks WHERE file_id = :id", soci::use(file_id);
  sql << "DELETE FROM files WHERE id = :id", soci::use(file_id);
}

std::optional<std::pair<StoredFile, FileSeal>> FileRepository::find(soci::session& sql,
                                                                    const std::string& file_id) const {
  StoredFile file;
  FileSeal seal;
  long long created_at = 0;
  soci::indicator found = soci::i_null;
  sql << "SELECT id, owner_id, name, media_type, size, sha256, wrapped_key, stream_header, created_at FROM files "
         "WHERE id = :id AND complete = 1",
      soci::into(file.id, found), soci::into(file.owner_id), soci::into(file.name), soci::into(file.media_type),
      soci::into(file.size), soci::into(file.sha256), soci::into(seal.wrapped_key), soci::into(seal.stream_header),
      soci::into(created_at), soci::use(file_id);
  if (found != soci::i_ok) return std::nullopt;
  file.created_at = from_epoch_ms(created_at);
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
    soci::statement statement(sql);
    statement.exchange(soci::into(position));
    statement.exchange(soci::into(text));
    query.prepare(statement);
    statement.execute();
    int read = 0;
    while (statement.fetch()) {
      // A missing chunk would read as a shorter, still valid-looking file: refuse it.
      if (position != next) throw std::runtime_error("a stored file misses a chunk");
      each(from_base64(text));
      ++next;
      ++read;
    }
    if (read < batch) return;
  }
}

long long FileRepository::purge_incomplete(soci::session& sql, long long before_ms) const {
  const std::string incomplete = "SELECT id FROM files WHERE complete = 0 AND created_at <= ";
  storage::execute_counting_rows(
      sql, storage::Query("DELETE FROM file_chunks WHERE file_id IN (" + incomplete).bind(before_ms).append(")"));
  return storage::execute_counting_rows(
      sql, storage::Query("DELETE FROM files WHERE complete = 0 AND created_at <= ").bind(before_ms));
}

}  // namespace medimeet::files
