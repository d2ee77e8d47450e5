#include "access/role.hpp"

#include "common/enum_names.hpp"

namespace medimeet::access {
namespace {

constexpr EnumNames<Role, 2> kRoleNames{{{{Role::patient, "patient"}, {Role::doctor, "doctor"}}}};

}  // namespace

std::string_view to_string(Role role) { return kRoleNames.name(role); }

std::optional<Role> role_from_string(std::string_view text) { return kRoleNames.parse(text); }

}  // namespace medimeet::access
