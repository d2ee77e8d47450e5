#include "messages/message_routes.hpp"

#include <boost/json/array.hpp>

#include "common/query_parameters.hpp"
#include "messages/message_json.hpp"

namespace medimeet::messages {

using http::Access;
using http::Body;
using http::Method;
using http::Request;
using http::Response;

void add_routes(http::Router& router, MessageService& messages) {
  router.add(Method::post, "/api/v1/messages", Access::signed_in, Body::json, [&](const Request& request) {
    const auto draft = parse_draft(request.body);
    return Response::json(201, message_to_json(messages.send(request.caller(), draft, request.idempotency_key())));
  });

  router.add(Method::get, "/api/v1/messages/unread-count", Access::signed_in, Body::none, [&](const Request& request) {
    return Response::json(200, boost::json::object{{"count", messages.unread_count(request.caller())}});
  });

  router.add(Method::get, "/api/v1/conversations", Access::signed_in, Body::none, [&](const Request& request) {
    QueryParameters query(request.query);
    const auto paging = query.page_request(MessageService::kMaxPageSize);
    query.finish();
    const auto page = messages.conversations(request.caller(), paging);
    boost::json::array items;
    for (const auto& conversation : page.conversations) items.push_back(conversation_to_json(conversation));
    return Response::json(200, page_to_json("conversations", std::move(items), paging, page.total));
  });

  router.add(Method::get, "/api/v1/conversations/{userId}/messages", Access::signed_in, Body::none,
             [&](const Request& request) {
               const auto& other = request.object_id_param("userId", "The conversation");
               const auto query = parse_thread_query(request.query);
               return Response::json(200, thread_to_json(messages.thread(request.caller(), other, query.cursor, query.limit)));
             });

  router.add(Method::post, "/api/v1/conversations/{userId}/read", Access::signed_in, Body::none,
             [&](const Request& request) {
               const auto& other = request.object_id_param("userId", "The conversation");
               return Response::json(200, receipt_to_json(messages.mark_read(request.caller(), other)));
             });
}

}  // namespace medimeet::messages
