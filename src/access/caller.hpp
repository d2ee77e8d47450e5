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
  // Where the request came from, for the audit log of medical data.
  std::string client_address;
  std::string request_id;

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
  // Redeems a single-use ticket for the event socket (browsers cannot send a bearer token on a
  // WebSocket): the caller of the session that asked for it. 401 for an unknown, used or
  // expired ticket, or when that session has ended since.
  virtual Caller authenticate_ticket(std::string_view ticket) = 0;
};

// What a request presents to prove who is calling.
struct Credentials {
  std::optional<std::string_view> bearer_token;
  std::optional<std::string_view> ticket;  // only socket routes take one
};

// The caller of an endpoint of the given access, from the request's ticket, else its bearer
// token. nullopt for `anyone`; 401 unauthenticated without a valid one; 403 not_a_patient /
// not_a_doctor for the other role.
std::optional<Caller> admit(Authenticator& authenticator, Access access, const Credentials& credentials);

}  // namespace medimeet::access
