#include "files/file_routes.hpp"

#include "common/error.hpp"
#include "files/file_json.hpp"

namespace medimeet::files {

using http::Access;
using http::Body;
using http::Method;
using http::Request;
using http::Response;

void add_routes(http::Router& router, FileService& files) {
  // The file is the raw body, read as it arrives; its name and type travel in headers.
  router.add(Method::post, "/api/v1/files", Access::signed_in, Body::stream, [&](const Request& request) {
    const Upload upload{parse_file_name_header(request.header("x-file-name")),
                        std::string(request.header("content-type").value_or(""))};
    return Response::json(201, file_to_json(files.store(request.caller(), upload, request.read_body)));
  });

  router.add(Method::get, "/api/v1/files/{id}", Access::signed_in, Body::none, [&](const Request& request) {
    const auto& id = request.object_id_param("id", "The file");
    const auto file = files.authorize_read(request.caller(), id);
    const bool inline_preview = request.query_param("inline") == "1" &&
                                (file.media_type == "application/pdf" || file.media_type.starts_with("image/"));
    files.verify(id);
    Response response;
    response.set_header("Content-Type", file.media_type);
    response.set_header("Content-Length", std::to_string(file.size));
    response.set_header("Content-Disposition", disposition(file.name, inline_preview));
    // Never rendered as anything but itself, and never with the app's rights.
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_header("Content-Security-Policy", "sandbox");
    response.body_writer = [&files, id](const auto& write) { files.read(id, write); };
    return response;
  });
}

}  // namespace medimeet::files
