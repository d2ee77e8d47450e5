#include "storage/transaction.hpp"

#include <spdlog/spdlog.h>

namespace medimeet::storage {

void Transaction::run_after_commit() noexcept {
  for (auto& hook : hooks_) {
    try {
      hook();
    } catch (const std::exception& error) {
      spdlog::error("an after-commit step failed: {}", error.what());
    } catch (...) {
      spdlog::error("an after-commit step failed");
    }
  }
  hooks_.clear();
}

}  // namespace medimeet::storage
