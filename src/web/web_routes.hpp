#pragma once

#include "http/router.hpp"
#include "web/static_site.hpp"

namespace medimeet::web {

// The web app at "/": every GET outside /api/ that no endpoint answers.
void add_routes(http::Router& router, const StaticSite& site);

}  // namespace medimeet::web
