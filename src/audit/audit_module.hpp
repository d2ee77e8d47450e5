#pragma once

#include "audit/audit_log.hpp"
#include "kernel/module.hpp"

namespace medimeet::audit {

// The access log of medical data: every module that reads or changes it records here; patients
// read their own log.
class AuditModule : public kernel::Module {
 public:
  explicit AuditModule(kernel::Core core) : log_(core.database, core.clock) {}

  const AuditLog& log() const { return log_; }

  void add_routes(http::Router& router) override;

 private:
  AuditLog log_;
};

}  // namespace medimeet::audit
