#pragma once

#include <soci/session.h>

#include <optional>
#include <string>

#include "access/caller.hpp"

namespace medimeet::files {

// Who may read a file besides its uploader: each module whose documents refer to files (record
// entries; later messages and teleconsultations) registers one, and answers for its own
// documents only.
class FileAccessRule {
 public:
  virtual ~FileAccessRule() = default;
  // When `caller` may read the file through a document of this module that refers to it: the
  // patient whose data it is (for the audit log). nullopt otherwise.
  virtual std::optional<std::string> readable_as_data_of(soci::session& sql, const access::Caller& caller,
                                                         const std::string& file_id) const = 0;
};

}  // namespace medimeet::files
