#pragma once

#include <sys/types.h>

#include <optional>
#include <string>
#include <vector>

namespace medimeet::testing {

struct ServerProcessOptions {
  // The open-file limits (soft, hard) the server starts with, as `ulimit -n` would set them.
  std::optional<std::pair<long, long>> open_files;
};

// The real `medimeet` binary, configured by environment variables, on a loopback port, its log
// in `data_dir`/server.log. Waits until it answers /readyz.
class ServerProcess {
 public:
  ServerProcess(const std::string& database_url, const std::string& data_dir, int port,
                ServerProcessOptions options = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  void kill_now();
  // SIGTERM, then the exit status (0 for a graceful stop).
  int terminate();

  const std::string& base_url() const { return base_url_; }
  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  // Processor time (user and system) the server has used so far, in seconds.
  double cpu_seconds() const;
  std::string log() const;

 private:
  std::string base_url_;
  std::string log_path_;
  int port_;
  pid_t pid_ = -1;
};

// Runs a shell command to its end; returns its exit status (-1 when it did not exit) and what it
// wrote on stdout in `output` (redirect stderr in `command` to have it too).
int run_command(const std::string& command, std::string& output);

// Runs the real binary with `arguments` (`medimeet audit verify …`) to its end; returns its exit
// status and what it wrote, stdout and stderr together, in `output`.
int run_medimeet(const std::vector<std::string>& arguments, std::string& output);

}  // namespace medimeet::testing
