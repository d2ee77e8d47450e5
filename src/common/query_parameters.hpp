#pragma once

#include <map>
#include <optional>
#include <string>

#include "common/error.hpp"
#include "common/paging.hpp"

namespace medimeet {

// Reads query-string parameters and gathers every problem, like JsonInput does for bodies.
// Unknown parameters are ignored; an empty value counts as absent.
class QueryParameters {
 public:
  explicit QueryParameters(const std::map<std::string, std::string>& query) : query_(query) {}

  std::optional<std::string> text(const std::string& name) const;
  // "true" or "false"; absent: false.
  bool flag(const std::string& name);
  // Pages and sizes beyond this are mistakes (and would overflow offsets).
  static constexpr int kMaxInteger = 100000;
  // A whole number from 1 to kMaxInteger; absent: `fallback`.
  int positive_integer(const std::string& name, int fallback);
  // "page" (default 1) and "limit" (default 20; above `max_limit` counts as `max_limit`).
  PageRequest page_request(int max_limit);
  void reject(const std::string& name, FieldProblem problem);
  // Throws AppError validation_failed naming each bad parameter.
  void finish();

 private:
  const std::map<std::string, std::string>& query_;
  FieldErrors errors_;
};

}  // namespace medimeet
