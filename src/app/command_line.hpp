#pragma once

#include <optional>

#include "app/config.hpp"

namespace medimeet::app {

enum class Command { serve, migrate, audit_verify };

struct Invocation {
  Command command = Command::serve;
  Config config;
};

// Parses `medimeet serve|migrate|audit verify [flags]`, each flag also read from its MEDIMEET_* variable.
// Returns nullopt after printing help or an error; `exit_code` then says how to exit.
std::optional<Invocation> parse_command_line(int argc, char** argv, int& exit_code);

}  // namespace medimeet::app
