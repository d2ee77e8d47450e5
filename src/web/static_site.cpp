#include "web/static_site.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace medimeet::web {
namespace {

namespace fs = std::filesystem;

constexpr std::pair<std::string_view, std::string_view> kMediaTypes[] = {
    {".html", "text/html; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".mjs", "text/javascript; charset=utf-8"},
    {".css", "text/css; charset=utf-8"},
    {".json", "application/json"},
    {".webmanifest", "application/manifest+json"},
    {".svg", "image/svg+xml"},
    {".png", "image/png"},
    {".jpg", "image/jpeg"},
    {".jpeg", "image/jpeg"},
    {".webp", "image/webp"},
    {".ico", "image/x-icon"},
    {".woff2", "font/woff2"},
    {".woff", "font/woff"},
    {".txt", "text/plain; charset=utf-8"},
    {".map", "application/json"},
};

}  // namespace

std::string media_type_of(const std::string& path) {
  const auto extension = fs::path(path).extension().string();
  for (const auto& [known, type] : kMediaTypes) {
    if (extension == known) return std::string(type);
  }
  return "application/octet-stream";
}

StaticSite::StaticSite(const std::string& directory) {
  std::error_code error;
  if (directory.empty() || !fs::is_directory(directory, error)) return;
  for (const auto& entry : fs::recursive_directory_iterator(directory, error)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    const auto relative = "/" + fs::relative(entry.path(), directory).generic_string();
    files_[relative] = File{media_type_of(relative), content.str()};
  }
}

std::optional<http::Response> StaticSite::serve(const std::string& path) const {
  // Only paths in the map are served: "..", encoded or not, can never reach the disk.
  if (auto it = files_.find(path); it != files_.end() && path != "/index.html") {
    auto response = http::Response::text(200, it->second.content_type, it->second.content);
    response.set_header("Cache-Control", path.starts_with("/assets/")
                                             ? "public, max-age=31536000, immutable"
                                             : "no-cache");
    return response;
  }
  // A missing asset is a 404, not the app: a browser expecting a script must not get HTML.
  if (path.starts_with("/assets/")) return std::nullopt;
  auto index = files_.find("/index.html");
  if (index == files_.end()) return std::nullopt;
  auto response = http::Response::text(200, index->second.content_type, index->second.content);
  response.set_header("Cache-Control", "no-cache");
  return response;
}

}  // namespace medimeet::web
