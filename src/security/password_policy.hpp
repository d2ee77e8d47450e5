#pragma once

#include "common/error.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace medimeet::security {

constexpr std::size_t kMinPasswordLength = 10;
constexpr std::size_t kMaxPasswordLength = 128;

// Why `password` may not be used ("must be at least 10 characters", "is too common", ...), or
// nullopt when it is acceptable. Length counts UTF-8 characters. `email` and `name` are the
// account's, which a password must not merely repeat.
std::optional<FieldProblem> password_problem(std::string_view password, std::string_view email,
                                            std::string_view name);

}  // namespace medimeet::security
