#include "accounts/account_json.hpp"

#include "common/json_input.hpp"

namespace medimeet::accounts {

boost::json::object user_to_json(const User& user) {
  return {
      {"_id", user.id},
      {"name", user.name},
      {"email", user.email},
      {"role", to_string(user.role)},
      {"phone", user.phone},
      {"emailVerified", user.email_verified},
      {"phoneVerified", user.phone_verified},
      {"language", i18n::to_string(user.language)},
      {"createdAt", format_iso8601(user.created_at)},
      {"updatedAt", format_iso8601(user.updated_at)},
  };
}

boost::json::object session_to_json(const SessionGrant& grant) {
  return {
      {"token", grant.token},
      {"expiresAt", format_iso8601(grant.expires_at)},
      {"user", user_to_json(grant.user)},
  };
}

boost::json::object ticket_to_json(const SocketTicket& ticket) {
  return {{"ticket", ticket.ticket}, {"expiresAt", format_iso8601(ticket.expires_at)}};
}

Registration parse_registration(std::string_view body) {
  auto input = JsonInput::parse(body);
  Registration registration;
  registration.name = input.required_string("name");
  registration.email = input.required_string("email");
  registration.password = input.required_string("password");
  registration.role = input.required_string("role");
  registration.phone = input.required_string("phone");
  registration.language = input.optional_string("language");
  input.finish();
  return registration;
}

UserChanges parse_user_changes(std::string_view body) {
  auto input = JsonInput::parse(body);
  UserChanges changes;
  changes.name = input.optional_string("name");
  changes.phone = input.optional_string("phone");
  changes.language = input.optional_string("language");
  input.finish();
  return changes;
}

}  // namespace medimeet::accounts
