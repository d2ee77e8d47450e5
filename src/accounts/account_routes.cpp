#include "accounts/account_routes.hpp"

#include "accounts/account_json.hpp"
#include "accounts/authentication.hpp"
#include "common/json_input.hpp"

namespace medimeet::accounts {

using http::Body;
using http::Method;
using http::Request;
using http::Response;

void add_routes(http::Router& router, AccountService& accounts) {
  router.add(Method::post, "/api/v1/auth/register", Body::json, [&](const Request& request) {
    const auto registration = parse_registration(request.body);
    return Response::json(201, session_to_json(accounts.register_account(registration, request.client_address)));
  });

  router.add(Method::post, "/api/v1/auth/login", Body::json, [&](const Request& request) {
    auto input = JsonInput::parse(request.body);
    const auto email = input.required_string("email");
    const auto password = input.required_string("password");
    input.finish();
    return Response::json(200, session_to_json(accounts.login(email, password, request.client_address)));
  });

  router.add(Method::post, "/api/v1/auth/logout", Body::none, [&](const Request& request) {
    accounts.logout(require_user(accounts, request));
    return Response::no_content();
  });

  router.add(Method::get, "/api/v1/users/me", Body::none, [&](const Request& request) {
    return Response::json(200, user_to_json(require_user(accounts, request).user));
  });

  router.add(Method::patch, "/api/v1/users/me", Body::json, [&](const Request& request) {
    const auto user = require_user(accounts, request);
    const auto changes = parse_user_changes(request.body);
    return Response::json(200, user_to_json(accounts.update_user(user, changes)));
  });

  router.add(Method::post, "/api/v1/auth/change-password", Body::json,
             [&](const Request& request) {
               const auto user = require_user(accounts, request);
               auto input = JsonInput::parse(request.body);
               const auto current_password = input.required_string("currentPassword");
               const auto new_password = input.required_string("newPassword");
               input.finish();
               accounts.change_password(user, current_password, new_password,
                                        request.client_address);
               return Response::no_content();
             });

  router.add(Method::post, "/api/v1/auth/verify-email", Body::json, [&](const Request& request) {
    auto input = JsonInput::parse(request.body);
    const auto token = input.required_string("token");
    input.finish();
    accounts.verify_email(token);
    return Response::no_content();
  });

  router.add(Method::post, "/api/v1/auth/resend-verification", Body::none,
             [&](const Request& request) {
               accounts.resend_verification(require_user(accounts, request));
               return Response::json(202, boost::json::object{{"status", "queued"}});
             });

  router.add(Method::post, "/api/v1/auth/verify-phone/request", Body::none,
             [&](const Request& request) {
               accounts.request_phone_code(require_user(accounts, request));
               return Response::json(202, boost::json::object{{"status", "queued"}});
             });

  router.add(Method::post, "/api/v1/auth/verify-phone", Body::json, [&](const Request& request) {
    const auto user = require_user(accounts, request);
    auto input = JsonInput::parse(request.body);
    const auto code = input.required_string("code");
    input.finish();
    accounts.verify_phone(user, code);
    return Response::no_content();
  });

  router.add(Method::post, "/api/v1/auth/forgot-password", Body::json,
             [&](const Request& request) {
               auto input = JsonInput::parse(request.body);
               const auto email = input.required_string("email");
               input.finish();
               accounts.request_password_reset(email);
               return Response::json(202, boost::json::object{{"status", "queued"}});
             });

  router.add(Method::post, "/api/v1/auth/reset-password", Body::json,
             [&](const Request& request) {
               auto input = JsonInput::parse(request.body);
               const auto token = input.required_string("token");
               const auto password = input.required_string("password");
               input.finish();
               accounts.reset_password(token, password);
               return Response::no_content();
             });
}

}  // namespace medimeet::accounts
