#include "files/files_module.hpp"

#include <boost/json/array.hpp>

#include "files/file_json.hpp"
#include "files/file_routes.hpp"

namespace medimeet::files {

FilesModule::FilesModule(kernel::Core core, const audit::AuditLog& audit, const security::SecretKey& master_key,
                         FileSettings settings)
    : service_(core.database, core.clock, audit, master_key, settings) {}

void FilesModule::add_routes(http::Router& router) { files::add_routes(router, service_); }

void FilesModule::export_personal_data(soci::session& sql, const access::Caller& caller,
                                       boost::json::object& document) const {
  // The list of the caller's uploads, each with where to download it: the contents stay out of
  // the JSON document. A file imported without its content has nowhere to be downloaded from.
  boost::json::array files;
  for (const auto& file : service_.files_of(sql, caller.user_id)) {
    auto json = file_to_json(file);
    json["downloadUrl"] = file.has_content ? boost::json::value("/api/v1/files/" + file.id) : nullptr;
    files.push_back(std::move(json));
  }
  document["files"] = std::move(files);
}

}  // namespace medimeet::files
