#include "files/file_service.hpp"

#include <spdlog/spdlog.h>

#include <optional>
#include <vector>

#include "common/error.hpp"
#include "common/object_id.hpp"
#include "common/text.hpp"
#include "files/file_type.hpp"
#include "security/sha256.hpp"
#include "security/stream_cipher.hpp"

namespace medimeet::files {
namespace {

// Sealed chunks written per transaction: 1 MiB, so that a slow upload never holds the write lock
// for long, and a file is a few commits.
constexpr std::size_t kChunksPerCommit = 16;
constexpr int kChunksPerRead = 16;
constexpr auto kIncompleteLifetime = std::chrono::hours(1);

// Fills `chunk` from `source` up to `size` bytes; false when the source has nothing more.
bool read_chunk(const ChunkSource& source, std::string& chunk, std::size_t size) {
  chunk.resize(size);
  std::size_t filled = 0;
  while (filled < size) {
    const auto read = source(chunk.data() + filled, size - filled);
    if (read == 0) break;
    filled += read;
  }
  chunk.resize(filled);
  return filled > 0;
}

AppError too_large(std::size_t max) {
  return AppError(ErrorKind::payload_too_large, "payload_too_large",
                  "The file is larger than " + std::to_string(max) + " bytes.");
}

AppError damaged(const std::string& file_id, const std::exception& error) {
  spdlog::error("file {} does not open and was not served: {}", file_id, error.what());
  return AppError(ErrorKind::internal, "file_damaged",
                  "This file is damaged and cannot be served; the incident is logged.");
}

// A file a data import described without its content: what the original MediMeet kept elsewhere
// (a path, a URL), or what `medimeet export` leaves out.
AppError content_missing() {
  return AppError(ErrorKind::not_found, "file_content_missing",
                  "This file was imported without its content: only its description is kept here.");
}

}  // namespace

FileService::FileService(storage::Database& database, const Clock& clock, const audit::AuditLog& audit,
                         security::SecretKey master_key, FileSettings settings)
    : database_(database), clock_(clock), audit_(audit), master_key_(std::move(master_key)), settings_(settings) {}

StoredFile FileService::store(const access::Caller& owner, const Upload& upload, const ChunkSource& source) {
  const auto now = clock_.now();
  StoredFile file{new_object_id(now), owner.user_id, sanitize_file_name(upload.name), "", 0, "", now};

  // The first chunk tells what the file is, before anything is stored.
  std::string chunk;
  read_chunk(source, chunk, kChunkSize);
  if (chunk.size() > settings_.max_upload) throw too_large(settings_.max_upload);
  const auto type = checked_media_type(upload.declared_type, chunk);
  if (!type) {
    throw AppError(ErrorKind::unsupported_media_type, "unsupported_file_type",
                   "Only PDF, PNG, JPEG, WebP, HEIC and plain text files are accepted, sent with their own "
                   "Content-Type.");
  }
  file.media_type = *type;

  const auto key = security::SecretKey::random();
  security::StreamSealer sealer(key);
  database_.write([&](soci::session& sql) {
    files_.insert_incomplete(sql, file, {security::wrap_key(master_key_, key, file.id), sealer.header()});
  });
  try {
    security::Sha256 digest;
    std::vector<std::string> sealed;
    int position = 0;
    auto commit_sealed = [&](bool last) {
      database_.write([&](soci::session& sql) {
        for (const auto& each : sealed) files_.insert_chunk(sql, file.id, position++, each);
        if (last) {
          files_.complete(sql, file);
          // A patient's upload is their data from the start; a doctor's becomes a patient's when
          // it is attached to their record.
          audit_.record(sql, owner, {"file.upload", "file", file.id, owner.is(access::Role::patient) ? owner.user_id : ""});
        }
      });
      sealed.clear();
    };
    // One chunk ahead: the chunk being sealed is the last when nothing follows it.
    std::string next;
    while (true) {
      const bool more = read_chunk(source, next, kChunkSize);
      file.size += static_cast<long long>(chunk.size());
      if (static_cast<std::size_t>(file.size) + next.size() > settings_.max_upload) throw too_large(settings_.max_upload);
      digest.add(chunk);
      sealed.push_back(sealer.seal(chunk, !more));
      if (!more) break;
      if (sealed.size() == kChunksPerCommit) commit_sealed(false);
      chunk.swap(next);
    }
    file.sha256 = digest.hex();
    commit_sealed(true);
    return file;
  } catch (...) {
    database_.write([&](soci::session& sql) { files_.remove(sql, file.id); });
    throw;
  }
}

StoredFile FileService::describe(const std::string& file_id) {
  auto found = database_.read([&](soci::session& sql) { return files_.find(sql, file_id); });
  if (!found) throw AppError::not_found("The file");
  if (!found->first.has_content) throw content_missing();
  return found->first;
}

StoredFile FileService::authorize_read(const access::Caller& caller, const std::string& file_id) {
  return database_.write([&](soci::session& sql) {
    auto found = files_.find(sql, file_id);
    if (!found) throw AppError::not_found("The file");
    const auto& file = found->first;
    std::optional<std::string> patient_id;
    for (const auto* rule : rules_) {
      if ((patient_id = rule->readable_as_data_of(sql, caller, file_id))) break;
    }
    if (!patient_id && file.owner_id != caller.user_id) throw AppError::not_found("The file");
    // Only to a reader: anyone else learns nothing of the file.
    if (!file.has_content) throw content_missing();
    if (!patient_id && caller.is(access::Role::patient)) patient_id = caller.user_id;
    audit_.record(sql, caller, {"file.read", "file", file.id, patient_id.value_or("")});
    return file;
  });
}

void FileService::verify(const std::string& file_id) {
  read(file_id, [](std::string_view) {});
}

void FileService::read(const std::string& file_id, const ChunkSink& sink) {
  auto found = database_.read([&](soci::session& sql) { return files_.find(sql, file_id); });
  if (!found) throw AppError::not_found("The file");
  if (!found->first.has_content) throw content_missing();
  const auto& seal = found->second;
  try {
    const auto key = security::unwrap_key(master_key_, seal.wrapped_key, file_id);
    security::StreamOpener opener(key, seal.stream_header);
    database_.read([&](soci::session& sql) {
      files_.for_each_chunk(sql, file_id, kChunksPerRead, [&](std::string_view sealed) { sink(opener.open(sealed)); });
    });
    if (!opener.finished()) throw security::CipherError("the file ends before its last chunk");
  } catch (const security::CipherError& error) {
    throw damaged(file_id, error);
  }
}

StoredFile FileService::attach(soci::session& sql, const access::Caller& caller, const std::string& file_id) const {
  if (!files_.add_reference(sql, file_id, caller.user_id)) {
    throw AppError::forbidden("file_not_yours", "Only files you uploaded yourself can be attached.");
  }
  return files_.find(sql, file_id)->first;
}

void FileService::detach(soci::session& sql, const std::string& file_id) const { files_.remove_reference(sql, file_id); }

bool FileService::import_description(soci::session& sql, const std::string& owner_id, StoredFile file) const {
  file.owner_id = owner_id;
  file.has_content = false;
  const auto found = files_.find(sql, file.id);
  if (!found) {
    files_.insert_description(sql, file);
    return true;
  }
  const auto& kept = found->first;
  if (kept.owner_id != file.owner_id || kept.name != file.name || kept.media_type != file.media_type ||
      kept.size != file.size || kept.sha256 != file.sha256) {
    return false;
  }
  return files_.add_reference(sql, file.id, owner_id);
}

std::vector<StoredFile> FileService::files_of(soci::session& sql, const std::string& owner_id) const {
  return files_.owned_by(sql, owner_id);
}

long long FileService::purge_expired() {
  const auto now = clock_.now();
  return database_.write([&](soci::session& sql) {
    return files_.purge_incomplete(sql, to_epoch_ms(now - kIncompleteLifetime)) +
           files_.purge_unreferenced(sql, to_epoch_ms(now - kUnreferencedLifetime));
  });
}

std::string sanitize_file_name(std::string_view name) {
  const auto slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  std::string kept;
  for (unsigned char c : name) {
    if (c >= 0x20 && c != 0x7f) kept.push_back(static_cast<char>(c));
  }
  kept = trim(kept);
  // At most 255 characters, cut between two of them, never inside one.
  std::size_t characters = 0;
  for (std::size_t i = 0; i < kept.size(); ++i) {
    if ((static_cast<unsigned char>(kept[i]) & 0xC0) == 0x80) continue;
    if (++characters > 255) {
      // Trimmed again so that a kept name is kept as it is: an imported one is checked that way.
      kept = trim(kept.substr(0, i));
      break;
    }
  }
  if (kept.empty() || kept == "." || kept == "..") return "file";
  return kept;
}

}  // namespace medimeet::files
