#include "files/file_json.hpp"

#include <boost/json/array.hpp>
#include <boost/url/decode_view.hpp>
#include <boost/url/pct_string_view.hpp>

#include <set>

#include "common/error.hpp"
#include "common/field_problems.hpp"
#include "common/json_output.hpp"
#include "common/object_id.hpp"
#include "common/text.hpp"
#include "files/file_service.hpp"
#include "files/file_type.hpp"

namespace medimeet::files {
namespace {

constexpr std::string_view kUnknownType = "application/octet-stream";
// A location of the original MediMeet longer than this is no path or URL.
constexpr std::size_t kMaxLocation = 2048;
// JSON numbers are exact up to 2^53.
constexpr long long kMaxSize = 1LL << 53;

bool is_sha256_hex(std::string_view text) {
  return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

std::optional<StoredFile> read_description(JsonInput& element) {
  StoredFile file;
  file.has_content = false;
  file.id = element.required_string("_id");
  if (!file.id.empty() && !is_object_id(file.id)) element.reject("_id", problems::not_an_id());
  file.name = element.required_string("name");
  // As the store keeps names, so that an exported file comes back under the same one.
  if (element.has("name") && sanitize_file_name(file.name) != file.name) {
    element.reject("name", FieldProblem("not_a_file_name",
                                        "must be a file's name: no path, no control characters, no spaces around it, "
                                        "at most 255 characters"));
  }
  file.media_type = element.optional_string("type").value_or(media_type_of_name(file.name));
  if (!is_accepted_media_type(file.media_type) && file.media_type != kUnknownType) {
    element.reject("type", problems::one_of("application/pdf, image/png, image/jpeg, image/webp, image/heic, "
                                            "text/plain, application/octet-stream"));
  }
  file.size = element.optional_integer("size", 0, kMaxSize).value_or(0);
  file.sha256 = element.optional_string("sha256").value_or("");
  if (!file.sha256.empty() && !is_sha256_hex(file.sha256)) {
    element.reject("sha256", FieldProblem("not_a_sha256", "must be 64 lowercase hexadecimal characters, or \"\" "
                                                          "when unknown"));
  }
  if (!element.ok()) return std::nullopt;
  return file;
}

}  // namespace

boost::json::object file_to_json(const StoredFile& file) {
  return {{"_id", file.id},
          {"name", file.name},
          {"type", file.media_type},
          {"size", file.size},
          {"sha256", file.sha256},
          {"createdAt", format_iso8601(file.created_at)}};
}

boost::json::object file_description_to_json(const StoredFile& file) {
  return file_description_to_json(file.id, file.name, file.media_type, file.size, file.sha256);
}

boost::json::object file_description_to_json(std::string_view id, std::string_view name, std::string_view media_type,
                                             long long size, std::string_view sha256) {
  return {{"_id", id}, {"name", name}, {"type", media_type}, {"size", size}, {"sha256", sha256}};
}

StoredFile file_at_location(std::string_view location, TimePoint created_at) {
  std::string path = trim(location);
  if (path.find("://") != std::string::npos) {
    // A URL's query and fragment are no part of its file's name.
    path = path.substr(0, path.find_first_of("?#"));
    const auto segment = path.substr(path.find_last_of('/') + 1);
    const auto encoded = boost::urls::make_pct_string_view(segment);
    if (encoded) {
      std::string decoded;
      for (char c : encoded->decode()) decoded.push_back(c);
      if (is_valid_utf8(decoded)) path = decoded;
    }
  }
  StoredFile file;
  file.id = new_object_id(created_at);
  file.name = sanitize_file_name(path);
  file.media_type = media_type_of_name(file.name);
  file.created_at = created_at;
  file.has_content = false;
  return file;
}

FieldProblem conflicting_file_description() {
  return FieldProblem("file_description_conflict",
                      "describes a file of an earlier document otherwise: another owner, name, type, size or sha256");
}

void read_imported_files(JsonInput& input, std::string_view field, std::size_t max, TimePoint created_at,
                         const ImportedFileReader& each) {
  const auto array = input.optional_array(field);
  if (!array) return;
  if (array->size() > max) {
    input.reject(field, problems::too_many_items(static_cast<long long>(max), "files"));
    return;
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < array->size(); ++i) {
    const auto element_field = std::string(field) + "." + std::to_string(i);
    const auto& value = (*array)[i];
    if (value.is_string()) {
      const auto location = trim(value.as_string());
      if (location.empty()) {
        input.reject(element_field, problems::empty());
      } else if (utf8_length(location) > kMaxLocation) {
        input.reject(element_field, problems::too_long(static_cast<long long>(kMaxLocation)));
      } else {
        each(i, file_at_location(location, created_at), nullptr);
        continue;
      }
      each(i, std::nullopt, nullptr);
    } else if (value.is_object()) {
      JsonInput element(value.as_object(), input.path(element_field));
      auto file = read_description(element);
      if (file && !seen.insert(file->id).second) {
        element.reject("_id", FieldProblem("duplicate_id", "is the _id of a file listed before it"));
        file.reset();
      }
      each(i, std::move(file), &element);
      input.absorb(element);
    } else {
      input.reject(element_field, FieldProblem("not_a_file", "must be a file's description or its path"));
      each(i, std::nullopt, nullptr);
    }
  }
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
