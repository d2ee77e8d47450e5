#include "notifications/notification_routes.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "common/error.hpp"
#include "common/query_parameters.hpp"
#include "notifications/notification_json.hpp"

namespace medimeet::notifications {

using http::Access;
using http::Body;
using http::Method;
using http::Request;
using http::Response;

void add_routes(http::Router& router, NotificationService& notifications) {
  router.add(Method::get, "/api/v1/notifications", Access::signed_in, Body::none, [&](const Request& request) {
    QueryParameters query(request.query);
    const bool unread = query.flag("unread");
    const auto paging = query.page_request(NotificationService::kMaxPageSize);
    query.finish();
    const auto result = notifications.list(request.caller().user_id, unread, paging);
    boost::json::array items;
    for (const auto& notification : result.notifications) items.push_back(notification_to_json(notification));
    return Response::json(200, page_to_json("notifications", std::move(items), paging, result.total));
  });

  router.add(Method::get, "/api/v1/notifications/unread-count", Access::signed_in, Body::none,
             [&](const Request& request) {
               return Response::json(200, boost::json::object{
                                              {"count", notifications.unread_count(request.caller().user_id)}});
             });

  router.add(Method::post, "/api/v1/notifications/read-all", Access::signed_in, Body::none, [&](const Request& request) {
    return Response::json(200, boost::json::object{{"updated", notifications.mark_all_read(request.caller().user_id)}});
  });

  router.add(Method::post, "/api/v1/notifications/{id}/read", Access::signed_in, Body::none, [&](const Request& request) {
    notifications.mark_read(request.caller().user_id, request.param("id"));
    return Response::no_content();
  });
}

}  // namespace medimeet::notifications
