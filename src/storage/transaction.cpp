#include "storage/transaction.hpp"

#include "common/logged_failure.hpp"

namespace medimeet::storage {

void Transaction::run_after_commit() noexcept {
  for (auto& hook : hooks_) run_logging_failure("an after-commit step", hook);
  hooks_.clear();
}

}  // namespace medimeet::storage
