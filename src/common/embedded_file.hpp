#pragma once

#include <span>
#include <string_view>

namespace medimeet {

// A file compiled into the binary at build time (see cmake/embed_files.cmake).
struct EmbeddedFile {
  std::string_view name;
  std::string_view content;
};

// The files of migrations/, sorted by name.
std::span<const EmbeddedFile> embedded_migrations();
// docs/api/openapi.yaml converted to JSON.
std::span<const EmbeddedFile> embedded_openapi();

}  // namespace medimeet
