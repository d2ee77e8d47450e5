#pragma once

#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "files/stored_file.hpp"

namespace medimeet::files {

// {_id, name, type, size, sha256, createdAt}
boost::json::object file_to_json(const StoredFile& file);

// Content-Disposition for a download: `attachment` (or `inline` for a preview) with the name as
// plain ASCII and, in full, as RFC 5987 UTF-8.
std::string disposition(const std::string& name, bool inline_preview);

// The X-File-Name header: percent-encoded UTF-8 ("r%C3%A9sultats.pdf"); 400 on X-File-Name when
// it is missing, not percent-encoding, or not UTF-8.
std::string parse_file_name_header(std::optional<std::string_view> header);

}  // namespace medimeet::files
