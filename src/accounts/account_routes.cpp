#include "accounts/account_routes.hpp"

#include "accounts/account_json.hpp"
#include "common/json_input.hpp"

namespace medimeet::accounts {

using http::Access;
using http::Body;
using http::Method;
using http::Request;
using http::Response;

void add_routes(http::Router& router, AccountService& accounts) {
  router.add(Method::post, "/api/v1/auth/register", Access::anyone, Body::json, [&](const Request& request) {
    const auto registration = parse_registration(request.body);
    return Response::json(201, session_to_json(accounts.register_account(registration, request.client_address)));
  });

  router.add(Method::post, "/api/v1/auth/login", Access::anyone, Body::json, [&](const Request& request) {
    auto input = JsonInput::parse(request.body);
    const auto email = input.required_string("email");
    const auto password = input.required_string("password");
    input.finish();
    return Response::json(200, session_to_json(accounts.login(email, password, request.client_address)));
  });

  router.add(Method::post, "/api/v1/auth/logout", Access::signed_in, Body::none, [&](const Request& request) {
    accounts.logout(request.caller());
    return Response::no_content();
  });

  // The event socket's ticket: accounts issues every credential.
  router.add(Method::post, "/api/v1/events/ticket", Access::signed_in, Body::none, [&](const Request& request) {
    return Response::json(201, ticket_to_json(accounts.issue_socket_ticket(request.caller())));
  });

  router.add(Method::get, "/api/v1/users/me", Access::signed_in, Body::none, [&](const Request& request) {
    return Response::json(200, user_to_json(accounts.user_of(request.caller())));
  });

  router.add(Method::patch, "/api/v1/users/me", Access::signed_in, Body::json, [&](const Request& request) {
    const auto changes = parse_user_changes(request.body);
    return Response::json(200, user_to_json(accounts.update_user(request.caller(), changes)));
  });

  router.add(Method::post, "/api/v1/auth/change-password", Access::signed_in, Body::json,
             [&](const Request& request) {
               auto input = JsonInput::parse(request.body);
               const auto current_password = input.required_string("currentPassword");
               const auto new_password = input.required_string("newPassword");
               input.finish();
               accounts.change_password(request.caller(), current_password, new_password,
                                        request.client_address);
               return Response::no_content();
             });

  router.add(Method::post, "/api/v1/auth/verify-email", Access::anyone, Body::json, [&](const Request& request) {
    auto input = JsonInput::parse(request.body);
    const auto token = input.required_string("token");
    input.finish();
    accounts.verify_email(token);
    return Response::no_content();
  });

  router.add(Method::post, "/api/v1/auth/resend-verification", Access::signed_in, Body::none,
             [&](const Request& request) {
               accounts.resend_verification(request.caller());
               return Response::json(202, boost::json::object{{"status", "queued"}});
             });

  router.add(Method::post, "/api/v1/auth/verify-phone/request", Access::signed_in, Body::none,
             [&](const Request& request) {
               accounts.request_phone_code(request.caller());
               return Response::json(202, boost::json::object{{"status", "queued"}});
             });

  router.add(Method::post, "/api/v1/auth/verify-phone", Access::signed_in, Body::json, [&](const Request& request) {
    auto input = JsonInput::parse(request.body);
    const auto code = input.required_string("code");
    input.finish();
    accounts.verify_phone(request.caller(), code);
    return Response::no_content();
  });

  router.add(Method::post, "/api/v1/auth/forgot-password", Access::anyone, Body::json,
             [&](const Request& request) {
               auto input = JsonInput::parse(request.body);
               const auto email = input.required_string("email");
               input.finish();
               accounts.request_password_reset(email);
               return Response::json(202, boost::json::object{{"status", "queued"}});
             });

  router.add(Method::post, "/api/v1/auth/reset-password", Access::anyone, Body::json,
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
