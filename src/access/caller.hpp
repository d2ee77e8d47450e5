#pragma once

#include <any>
#include <optional>
#include <string>
#include <string_view>

#include "access/role.hpp"

namespace medimeet::access {

// Who is calling an endpoint, as their bearer token established it once per request.
struct Caller {
  std::string user_id;
  Role role = Role::patient;
  std::string session_id;
  bool email_verified = false;
  // What the Authenticator read along with the caller (accounts: the user document), so the
  // module that authenticated needs no second read for it; other modules never look inside.
  std::any account;

  bool is(Role wanted) const { return role == wanted; }
};

// Who may call an endpoint; every route declares one.
enum class Access {
  anyone,     // no login needed
  signed_in,  // any account
  patient,    // patients only
  doctor,     // doctors only
};

std::string_view to_string(Access access);

// Turns a bearer token into the Caller it belongs to; the accounts module implements it.
class Authenticator {
 public:
  virtual ~Authenticator() = default;
  // Throws AppError unauthenticated (401) for an unknown, revoked, idle or expired token.
  virtual Caller authenticate_token(std::string_view token) = 0;
};

// The caller of an endpoint of the given access, from the request's bearer token (nullopt:
// none sent). nullopt for `anyone`; 401 unauthenticated without a valid token; 403
// not_a_patient / not_a_doctor for the other role.
std::optional<Caller> admit(Authenticator& authenticator, Access access,
                            std::optional<std::string_view> bearer_token);

}  // namespace medimeet::access
