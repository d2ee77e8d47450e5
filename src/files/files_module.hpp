#pragma once

#include "audit/audit_log.hpp"
#include "files/file_service.hpp"
#include "kernel/module.hpp"

namespace medimeet::files {

// The encrypted file store: uploads, downloads, and the clean-up of uploads that never completed
// and of files nobody refers to.
class FilesModule : public kernel::Module {
 public:
  FilesModule(kernel::Core core, const audit::AuditLog& audit, const security::SecretKey& master_key,
              FileSettings settings);

  FileService& service() { return service_; }

  void add_routes(http::Router& router) override;
  void export_personal_data(soci::session& sql, const access::Caller& caller,
                            boost::json::object& document) const override;
  long long purge_expired() override { return service_.purge_expired(); }

 private:
  FileService service_;
};

}  // namespace medimeet::files
