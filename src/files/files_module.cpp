#include "files/files_module.hpp"

#include "files/file_routes.hpp"

namespace medimeet::files {

FilesModule::FilesModule(kernel::Core core, const std::filesystem::path& master_key_file, FileSettings settings)
    : service_(core.database, core.clock, security::load_or_create_master_key(master_key_file), settings) {}

void FilesModule::add_routes(http::Router& router) { files::add_routes(router, service_); }

}  // namespace medimeet::files
