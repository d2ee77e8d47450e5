#pragma once

#include <optional>
#include <string_view>

namespace medimeet::access {

// What an account is on the platform; it decides which endpoints it may call.
enum class Role { patient, doctor };

std::string_view to_string(Role role);
std::optional<Role> role_from_string(std::string_view text);

}  // namespace medimeet::access
