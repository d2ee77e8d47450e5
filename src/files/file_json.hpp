#pragma once

#include <boost/json/object.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "common/error.hpp"
#include "common/json_input.hpp"
#include "common/time.hpp"
#include "files/stored_file.hpp"

namespace medimeet::files {

// {_id, name, type, size, sha256, createdAt}
boost::json::object file_to_json(const StoredFile& file);

// {_id, name, type, size, sha256}: a file as `medimeet export` describes it, without its content.
boost::json::object file_description_to_json(const StoredFile& file);
boost::json::object file_description_to_json(std::string_view id, std::string_view name, std::string_view media_type,
                                             long long size, std::string_view sha256);

// A file the original MediMeet kept at `location` (a path, "uploads/2024/scan.pdf", or a URL),
// known here by its description only: a new id made at `created_at`, named after the location's
// last segment (a URL's without its query, percent-decoded), its type guessed from that name,
// size 0 and digest "".
StoredFile file_at_location(std::string_view location, TimePoint created_at);

// The problem of an imported file that an earlier document described otherwise (its owner, name,
// type, size or digest): FileService::import_description refused it.
FieldProblem conflicting_file_description();

// Calls `each` with every element of the array `field` of an imported document (none when it is
// absent; at most `max`), `index` its position: either a description as file_description_to_json
// writes it (`type`, `size` and `sha256` may be left out: guessed from the name, 0, "") with
// `element`, its object's reader, on which the caller reads the element's other fields; or a
// string, where the original MediMeet kept the file, made a file by file_at_location at
// `created_at`, with no `element`. `file` is nullopt when the element had problems, which are
// recorded on `input` under "<field>.<index>", as are the caller's on `element`: a file listed
// twice in the array is one. The files have no owner yet.
using ImportedFileReader =
    std::function<void(std::size_t index, std::optional<StoredFile> file, JsonInput* element)>;
void read_imported_files(JsonInput& input, std::string_view field, std::size_t max, TimePoint created_at,
                         const ImportedFileReader& each);

// Content-Disposition for a download: `attachment` (or `inline` for a preview) with the name as
// plain ASCII and, in full, as RFC 5987 UTF-8.
std::string disposition(const std::string& name, bool inline_preview);

// The X-File-Name header: percent-encoded UTF-8 ("r%C3%A9sultats.pdf"); 400 on X-File-Name when
// it is missing, not percent-encoding, or not UTF-8.
std::string parse_file_name_header(std::optional<std::string_view> header);

}  // namespace medimeet::files
