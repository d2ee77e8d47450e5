#include "files/file_type.hpp"

#include <magic.h>

#include <algorithm>
#include <array>
#include <memory>
#include <stdexcept>
#include <utility>

#include "common/text.hpp"

namespace medimeet::files {
namespace {

constexpr std::array<std::string_view, 6> kAccepted = {"application/pdf", "image/png", "image/jpeg",
                                                       "image/webp", "image/heic", "text/plain"};

// A magic cookie is not safe to share between threads, and opening one loads the database (a few
// milliseconds): each thread keeps its own.
magic_t thread_cookie() {
  thread_local std::unique_ptr<magic_set, decltype(&magic_close)> cookie{nullptr, &magic_close};
  if (!cookie) {
    cookie.reset(magic_open(MAGIC_MIME_TYPE | MAGIC_NO_CHECK_COMPRESS | MAGIC_ERROR));
    if (!cookie || magic_load(cookie.get(), nullptr) != 0) {
      cookie.reset();
      throw std::runtime_error("cannot load libmagic's database");
    }
  }
  return cookie.get();
}

}  // namespace

std::string sniff_media_type(std::string_view head) {
  const char* type = magic_buffer(thread_cookie(), head.data(), head.size());
  return type == nullptr ? "application/octet-stream" : type;
}

bool is_accepted_media_type(std::string_view media_type) {
  return std::find(kAccepted.begin(), kAccepted.end(), media_type) != kAccepted.end();
}

std::string media_type_of_name(std::string_view name) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kByExtension = {{
      {"pdf", "application/pdf"},
      {"png", "image/png"},
      {"jpg", "image/jpeg"},
      {"jpeg", "image/jpeg"},
      {"webp", "image/webp"},
      {"heic", "image/heic"},
      {"txt", "text/plain"},
  }};
  const auto dot = name.rfind('.');
  if (dot != std::string_view::npos) {
    const auto extension = ascii_lowercase(name.substr(dot + 1));
    for (const auto& [known, type] : kByExtension) {
      if (extension == known) return std::string(type);
    }
  }
  return "application/octet-stream";
}

std::optional<std::string> checked_media_type(std::string_view declared, std::string_view head) {
  const auto sniffed = sniff_media_type(head);
  if (!is_accepted_media_type(sniffed)) return std::nullopt;
  const auto declared_type = ascii_lowercase(trim(declared.substr(0, declared.find(';'))));
  if (declared_type != sniffed) return std::nullopt;
  return sniffed;
}

}  // namespace medimeet::files
