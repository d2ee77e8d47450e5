#pragma once

#include <string>

#include "common/time.hpp"

namespace medimeet::files {

// A file as the API describes it: {_id, name, type, size, sha256, createdAt}.
struct StoredFile {
  std::string id;
  std::string owner_id;
  std::string name;        // sanitised: never a path
  std::string media_type;  // what its content is
  long long size = 0;      // of the plaintext, in bytes
  std::string sha256;      // of the plaintext, hex; "" when unknown (a file of the original MediMeet)
  TimePoint created_at;
  // False for a file a data import described without its content: it is listed, never served.
  bool has_content = true;
};

// How the file's content is sealed: its key wrapped by the master key, and the stream's header.
struct FileSeal {
  std::string wrapped_key;
  std::string stream_header;
};

}  // namespace medimeet::files
