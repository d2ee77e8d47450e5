#include "notifications/notification_routes.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "common/error.hpp"
#include "common/json_output.hpp"
#include "common/query_parameters.hpp"

namespace medimeet::notifications {

using http::Access;
using http::Body;
using http::Method;
using http::Request;
using http::Response;

namespace {

boost::json::object notification_to_json(const Notification& notification) {
  return {
      {"_id", notification.id},
      {"userId", notification.user_id},
      {"type", to_string(notification.type)},
      {"message", notification.message},
      {"sentAt", nullable(notification.sent_at)},
      {"read", notification.read},
      {"appointmentId", nullable(notification.appointment_id)},
      {"createdAt", format_iso8601(notification.created_at)},
      {"updatedAt", format_iso8601(notification.updated_at)},
  };
}

}  // namespace

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
