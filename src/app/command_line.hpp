#pragma once

#include <optional>

#include "app/config.hpp"

namespace medimeet::app {

enum class Command {
  serve,
  migrate,
  backup,
  restore,
  export_data,
  import_data,
  audit_verify,
  reviews_flagged,
  reviews_hide,
  reviews_keep
};

struct Invocation {
  Command command = Command::serve;
  Config config;
  std::string review_id;    // of `reviews hide|keep ID`
  std::string backup_file;  // of `backup --to FILE` and `restore --from FILE`
  std::string exchange_directory;  // of `export --to DIR` and `import --from DIR`
};

// Parses `medimeet serve|migrate|backup --to FILE|restore --from FILE|export --format mongodb --to DIR|
// import --format mongodb --from DIR|audit verify|reviews flagged|reviews hide ID|reviews keep ID
// [flags]`, each flag also read from its MEDIMEET_* variable.
// Returns nullopt after printing help or an error; `exit_code` then says how to exit.
std::optional<Invocation> parse_command_line(int argc, char** argv, int& exit_code);

}  // namespace medimeet::app
