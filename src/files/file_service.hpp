#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "access/caller.hpp"
#include "audit/audit_log.hpp"
#include "common/time.hpp"
#include "files/file_access_rule.hpp"
#include "files/file_repository.hpp"
#include "files/stored_file.hpp"
#include "security/secret_key.hpp"
#include "storage/database.hpp"

namespace medimeet::files {

struct FileSettings {
  std::size_t max_upload = 20 * 1024 * 1024;  // MEDIMEET_MAX_UPLOAD
};

// What an upload says of itself.
struct Upload {
  std::string name;           // as the client sent it (decoded); sanitised before it is kept
  std::string declared_type;  // its Content-Type
};

// Where an upload's bytes come from as they arrive: fills up to `capacity` bytes of `buffer` and
// returns how many; 0 at the end.
using ChunkSource = std::function<std::size_t(char* buffer, std::size_t capacity)>;
// Where a download's plaintext goes, chunk by chunk.
using ChunkSink = std::function<void(std::string_view plaintext)>;

// The file store: every file encrypted under a key of its own, in the database in sealed
// chunks, never whole in memory on the way in or out. A file is its uploader's alone until a
// document refers to it (attach); one nobody refers to goes 24 hours after its upload.
class FileService {
 public:
  static constexpr std::size_t kChunkSize = 64 * 1024;
  static constexpr auto kUnreferencedLifetime = std::chrono::hours(24);

  FileService(storage::Database& database, const Clock& clock, const audit::AuditLog& audit,
              security::SecretKey master_key, FileSettings settings);

  // Lets the readers `rule` names read the files its documents refer to. Before serving starts.
  void add_access_rule(const FileAccessRule& rule) { rules_.push_back(&rule); }

  // Reads `source` to its end, sealing it chunk by chunk as it arrives. 413 payload_too_large past
  // max_upload, 415 unsupported_file_type when the content is not an accepted type or not the
  // declared one; either way nothing is kept.
  StoredFile store(const access::Caller& owner, const Upload& upload, const ChunkSource& source);
  // The file's description; 404 unless it exists complete, 404 file_content_missing for a file
  // imported without its content.
  StoredFile describe(const std::string& file_id);
  // The description of a file `caller` may read: its uploader, or a reader an access rule
  // admits; the read goes to the audit log. 404 for anyone else, as for a file that does not exist;
  // 404 file_content_missing (nothing read, nothing audited) to a reader of a file imported
  // without its content.
  StoredFile authorize_read(const access::Caller& caller, const std::string& file_id);
  // Authenticates every chunk of the file without serving any: a file altered in the database
  // (500 file_damaged, logged) is refused before its first byte goes out; 404
  // file_content_missing for a file imported without its content.
  void verify(const std::string& file_id);
  // Streams the plaintext to `sink`, each chunk authenticated before it is handed over: one that
  // does not open (altered since verify()) stops the stream with file_damaged, logged. 404
  // file_content_missing for a file imported without its content.
  void read(const std::string& file_id, const ChunkSink& sink);

  // A document of the caller's transaction now refers to the file: 403 file_not_yours unless
  // `caller` uploaded it (a missing file answers the same, so nobody learns which ids exist).
  StoredFile attach(soci::session& sql, const access::Caller& caller, const std::string& file_id) const;
  // A document no longer refers to the file.
  void detach(soci::session& sql, const std::string& file_id) const;
  // A file a data import describes without its content (`medimeet import`), `owner_id`'s, which
  // one more imported document refers to: made complete the first time it is described, so that
  // it is listed and kept while referred to, though every read answers file_content_missing; given
  // one more reference when described again. False, changing nothing, when a file of that id
  // exists with another owner, name, type, size or digest.
  bool import_description(soci::session& sql, const std::string& owner_id, StoredFile file) const;
  // The complete files `owner_id` uploaded, oldest first (for their data export).
  std::vector<StoredFile> files_of(soci::session& sql, const std::string& owner_id) const;

  // Uploads that never completed (a failure, a crash) an hour on, and files nobody refers to
  // 24 hours after their upload; returns how many went.
  long long purge_expired();

 private:
  storage::Database& database_;
  const Clock& clock_;
  const audit::AuditLog& audit_;
  security::SecretKey master_key_;
  FileSettings settings_;
  FileRepository files_;
  std::vector<const FileAccessRule*> rules_;
};

// A client's file name as it is kept: its last path segment, without control characters, at
// most 255 characters; "file" when nothing is left.
std::string sanitize_file_name(std::string_view name);

}  // namespace medimeet::files
