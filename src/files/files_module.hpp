#pragma once

#include <filesystem>

#include "files/file_service.hpp"
#include "kernel/module.hpp"

namespace medimeet::files {

// The encrypted file store: uploads, downloads, and the clean-up of uploads that never completed.
class FilesModule : public kernel::Module {
 public:
  // Reads the master key from `master_key_file`, or creates it there (0600) on the first start.
  FilesModule(kernel::Core core, const std::filesystem::path& master_key_file, FileSettings settings);

  FileService& service() { return service_; }

  void add_routes(http::Router& router) override;
  long long purge_expired() override { return service_.purge_incomplete(); }

 private:
  FileService service_;
};

}  // namespace medimeet::files
