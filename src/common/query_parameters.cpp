#include "common/query_parameters.hpp"

#include "common/field_problems.hpp"

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
  reject(name, problems::not_a_boolean());
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
  reject(name, problems::whole_number_from(1, kMaxInteger));
  return fallback;
}

PageRequest QueryParameters::page_request(int max_limit) {
  return PageRequest{positive_integer("page", 1), positive_integer("limit", 20)}.within(max_limit);
}

void QueryParameters::reject(const std::string& name, FieldProblem problem) {
  errors_.emplace(name, std::move(problem));
}

void QueryParameters::finish() {
  if (!errors_.empty()) throw AppError::validation(std::move(errors_));
}

}  // namespace medimeet
