#pragma once

#include <boost/json/object.hpp>
#include <soci/session.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "common/extended_json.hpp"
#include "common/json_input.hpp"
#include "common/time.hpp"
#include "storage/transaction.hpp"

namespace medimeet::kernel {

// The instant a problem with an imported date shows as an example.
inline constexpr std::string_view kInstantExample = "2026-12-01T09:30:00.000Z";

// The ids an import has read so far, by collection: a document may refer only to documents
// read before it, as the database it loads into starts empty.
class ImportedIds {
 public:
  // Records `id` in `collection`; false when it was there already.
  bool add(std::string_view collection, const std::string& id);
  bool contains(std::string_view collection, const std::string& id) const;
  // Records a problem on `field` unless `id` (already read as an id) is one of `collection`'s.
  void require(JsonInput& document, std::string_view field, std::string_view collection,
               const std::string& id) const;

 private:
  std::map<std::string, std::unordered_set<std::string>, std::less<>> ids_;
};

// Receives the documents of an export, one at a time.
using DocumentWriter = std::function<void(const boost::json::object& document)>;
// Writes one imported document in the import's transaction, once it and every document before
// it were read without a problem; it may publish events (a user's profile is made that way).
// May throw AppError for what only the database can tell.
using DocumentInsert = std::function<void(storage::Transaction& transaction)>;

// One of the seed's collections as `medimeet export|import --format mongodb` moves it: documents
// in the API's shapes (ids as 24-hex strings, instants as ISO-8601), which the caller turns into
// MongoDB Extended JSON and back by `shape()`. The module that owns the tables owns its collection.
class Collection {
 public:
  virtual ~Collection() = default;

  // The seed's collection name in lower case ("medicalrecords"): its file is `<name>.json`.
  virtual std::string_view name() const = 0;
  // Which fields hold ObjectIds and dates.
  virtual const ExtendedJsonShape& shape() const = 0;
  // Hands every document to `write`, in _id order. Never a password hash, a token, a key or a
  // file's content: a file is described as {_id, name, type, size, sha256}.
  virtual void export_documents(soci::session& sql, const DocumentWriter& write) const = 0;
  // Reads one imported document: problems are recorded on `document` (the caller finishes it,
  // so a field nobody read is reported as unknown), references are checked against `ids` and
  // the document's own id added there. Returns what inserts it.
  virtual DocumentInsert import_document(JsonInput& document, ImportedIds& ids) = 0;
};

// `_id`, required, a 24-hex ObjectId, not seen before in `collection` of `ids`; "" when wrong.
std::string read_document_id(JsonInput& document, std::string_view collection, ImportedIds& ids);
// A required reference to a document of `collection` read before; "" when wrong.
std::string read_reference(JsonInput& document, std::string_view field, std::string_view collection,
                           const ImportedIds& ids);
// The same where the reference may be absent or null: nullopt then.
std::optional<std::string> read_optional_reference(JsonInput& document, std::string_view field,
                                                   std::string_view collection, const ImportedIds& ids);
// createdAt and updatedAt: when absent, createdAt is the second `id` was made in (an ObjectId
// starts with it) and updatedAt is createdAt.
std::pair<TimePoint, TimePoint> read_timestamps(JsonInput& document, const std::string& id);

}  // namespace medimeet::kernel
