#pragma once

#include <map>
#include <optional>
#include <string>

#include "http/request.hpp"
#include "http/response.hpp"

namespace medimeet::web {

// The built web app (web/dist), read into memory at start: files by path with their media type.
// Hashed build assets (under /assets/) are cached for a year; index.html is served for every
// other path that is not a file, so the app's own routes (/doctors/42) load it, and is never
// cached, so a new build reaches users at once.
class StaticSite {
 public:
  // Loads every file under `directory`; an absent directory gives an empty site.
  explicit StaticSite(const std::string& directory);

  bool empty() const { return files_.empty(); }
  // The file for a GET of `path`, or index.html for an app route; nullopt when there is nothing
  // to serve (no build, or a missing asset).
  std::optional<http::Response> serve(const std::string& path) const;

 private:
  struct File {
    std::string content_type;
    std::string content;
  };
  std::map<std::string, File> files_;
};

// "text/html; charset=utf-8" and so on, by file extension; application/octet-stream otherwise.
std::string media_type_of(const std::string& path);

}  // namespace medimeet::web
