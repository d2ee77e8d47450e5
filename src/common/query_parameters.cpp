#include "common/query_parameters.hpp"

namespace medimeet {

std::optional<std::string> QueryParameters::text(const std::string& name) const {
  auto it = query_.find(name);
  if (it == query_.end() || it->second.empty()) return std::nullopt;
  return it->second;
}

bool QueryParameters::flag(const std::string& name) {
  auto value = text(name);
  if (!value || *value == "false") return false;
  if (*value == "true") return true;
  reject(name, "must be true or false");
  return false;
}

int QueryParameters::positive_integer(const std::string& name, int fallback) {
  auto value = text(name);
  if (!value) return fallback;
  try {
    std::size_t used = 0;
    const int number = std::stoi(*value, &used);
    if (used == value->size() && number >= 1 && number <= kMaxInteger) return number;
  } catch (const std::exception&) {
  }
  reject(name, "must be a whole number from 1 to " + std::to_string(kMaxInteger));
  return fallback;
}

PageRequest QueryParameters::page_request(int max_limit) {
  return PageRequest{positive_integer("page", 1), positive_integer("limit", 20)}.within(max_limit);
}

void QueryParameters::reject(const std::string& name, std::string problem) {
  errors_.emplace(name, std::move(problem));
}

void QueryParameters::finish() {
  if (!errors_.empty()) throw AppError::validation(std::move(errors_));
}

}  // namespace medimeet
