#include "web/web_routes.hpp"

namespace medimeet::web {

void add_routes(http::Router& router, const StaticSite& site) {
  router.set_fallback([&site](const http::Request& request) { return site.serve(request.path); });
}

}  // namespace medimeet::web
