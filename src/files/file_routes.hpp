#pragma once

#include "files/file_service.hpp"
#include "http/router.hpp"

namespace medimeet::files {

void add_routes(http::Router& router, FileService& files);

}  // namespace medimeet::files
