#pragma once

#include <boost/json/object.hpp>

#include <string_view>

#include "accounts/account_service.hpp"

namespace medimeet::accounts {

// The Users document as the API returns it: no password, no reset token.
boost::json::object user_to_json(const User& user);
// {token, expiresAt, user}
boost::json::object session_to_json(const SessionGrant& grant);
// {ticket, expiresAt}
boost::json::object ticket_to_json(const SocketTicket& ticket);

// Request bodies; each throws AppError for malformed JSON, wrong types, missing or unknown
// fields.
Registration parse_registration(std::string_view body);
UserChanges parse_user_changes(std::string_view body);

}  // namespace medimeet::accounts
