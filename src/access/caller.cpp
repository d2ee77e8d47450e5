#include "access/caller.hpp"

#include "common/enum_names.hpp"
#include "common/error.hpp"

namespace medimeet::access {
namespace {

constexpr EnumNames<Access, 4> kAccessNames{{{{Access::anyone, "anyone"},
                                              {Access::signed_in, "signed_in"},
                                              {Access::patient, "patient"},
                                              {Access::doctor, "doctor"}}}};

}  // namespace

std::string_view to_string(Access access) { return kAccessNames.name(access); }

std::optional<Caller> admit(Authenticator& authenticator, Access access, const Credentials& credentials) {
  if (access == Access::anyone) return std::nullopt;
  if (!credentials.ticket && !credentials.bearer_token) throw AppError::unauthenticated();
  auto caller = credentials.ticket ? authenticator.authenticate_ticket(*credentials.ticket)
                                   : authenticator.authenticate_token(*credentials.bearer_token);
  if (access == Access::patient && !caller.is(Role::patient)) {
    throw AppError::forbidden("not_a_patient", "Only patients have a patient profile.");
  }
  if (access == Access::doctor && !caller.is(Role::doctor)) {
    throw AppError::forbidden("not_a_doctor", "Only doctors have a doctor profile.");
  }
  return caller;
}

}  // namespace medimeet::access
