#pragma once

#include <spdlog/spdlog.h>

#include <exception>
#include <string_view>

namespace medimeet {

// Runs `step`; whatever it throws is logged as "<what> failed: <reason>" and goes no further.
// For steps whose failure must not end the thread, loop or connection that runs them.
template <class Step>
void run_logging_failure(std::string_view what, Step&& step) noexcept {
  try {
    step();
  } catch (const std::exception& error) {
    spdlog::error("{} failed: {}", what, error.what());
  } catch (...) {
    spdlog::error("{} failed", what);
  }
}

}  // namespace medimeet
