#include "files/file_json.hpp"

#include <boost/url/decode_view.hpp>
#include <boost/url/pct_string_view.hpp>

#include "common/error.hpp"
#include "common/field_problems.hpp"
#include "common/json_output.hpp"
#include "common/text.hpp"

namespace medimeet::files {

boost::json::object file_to_json(const StoredFile& file) {
  return {{"_id", file.id},
          {"name", file.name},
          {"type", file.media_type},
          {"size", file.size},
          {"sha256", file.sha256},
          {"createdAt", format_iso8601(file.created_at)}};
}

std::string disposition(const std::string& name, bool inline_preview) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string ascii;
  std::string encoded;
  for (unsigned char c : name) {
    const bool plain = std::isalnum(c) || c == '.' || c == '-' || c == '_' || c == ' ';
    // One "_" for each character the plain form cannot hold (not one per byte of it).
    if (plain) {
      ascii.push_back(static_cast<char>(c));
    } else if ((c & 0xC0) != 0x80) {
      ascii.push_back('_');
    }
    if (plain && c != ' ') {
      encoded.push_back(static_cast<char>(c));
    } else {
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 0xF];
    }
  }
  return std::string(inline_preview ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" +
         encoded;
}

std::string parse_file_name_header(std::optional<std::string_view> header) {
  if (!header || trim(*header).empty()) throw AppError::field("X-File-Name", problems::required());
  const auto encoded = boost::urls::make_pct_string_view(*header);
  if (!encoded) {
    throw AppError::field("X-File-Name", problems::not_percent_encoded());
  }
  std::string name;
  for (char c : encoded->decode()) name.push_back(c);
  if (!is_valid_utf8(name)) throw AppError::field("X-File-Name", problems::not_percent_encoded());
  return name;
}

}  // namespace medimeet::files
