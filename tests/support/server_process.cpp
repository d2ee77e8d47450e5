#include "server_process.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <thread>

#include "http_client.hpp"

namespace medimeet::testing {

using namespace std::chrono_literals;

ServerProcess::ServerProcess(const std::string& database_url, const std::string& data_dir, int port,
                             ServerProcessOptions options)
    : base_url_("http://127.0.0.1:" + std::to_string(port)),
      log_path_(data_dir + "/server.log"),
      port_(port) {
  pid_ = fork();
  if (pid_ == 0) {
    const int log = open(log_path_.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    dup2(log, STDOUT_FILENO);
    dup2(log, STDERR_FILENO);
    if (options.open_files) {
      const rlimit limit{static_cast<rlim_t>(options.open_files->first),
                         static_cast<rlim_t>(options.open_files->second)};
      if (setrlimit(RLIMIT_NOFILE, &limit) != 0) _exit(126);
    }
    setenv("MEDIMEET_DATABASE_URL", database_url.c_str(), 1);
    setenv("MEDIMEET_LISTEN", ("127.0.0.1:" + std::to_string(port)).c_str(), 1);
    execl(MEDIMEET_BINARY, "medimeet", "serve", "--data-dir", data_dir.c_str(), "--threads", "2",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  HttpClient client(base_url_);
  for (int i = 0; i < 400; ++i) {
    try {
      if (client.get("/readyz").status == 200) return;
    } catch (const std::exception&) {
    }
    std::this_thread::sleep_for(25ms);
  }
  ADD_FAILURE() << "medimeet did not start: " << log();
}

ServerProcess::~ServerProcess() { kill_now(); }

void ServerProcess::kill_now() {
  if (pid_ <= 0) return;
  kill(pid_, SIGKILL);
  waitpid(pid_, nullptr, 0);
  pid_ = -1;
}

int ServerProcess::terminate() {
  kill(pid_, SIGTERM);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

double ServerProcess::cpu_seconds() const {
  std::ifstream stat("/proc/" + std::to_string(pid_) + "/stat");
  std::string content((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  // Fields after the command name, which is in parentheses and may hold spaces: utime and
  // stime are the 14th and 15th fields of the whole line.
  std::istringstream fields(content.substr(content.rfind(')') + 2));
  std::string field;
  long long ticks = 0;
  for (int index = 3; index <= 15 && fields >> field; ++index) {
    if (index >= 14) ticks += std::stoll(field);
  }
  return static_cast<double>(ticks) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

std::string ServerProcess::log() const {
  std::ifstream file(log_path_);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

int run_command(const std::string& command, std::string& output) {
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("cannot run " + command);
  output.clear();
  char buffer[4096];
  while (const auto read = fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, read);
  const int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int run_medimeet(const std::vector<std::string>& arguments, std::string& output) {
  std::string command = MEDIMEET_BINARY;
  for (const auto& argument : arguments) command += " '" + argument + "'";
  return run_command(command + " 2>&1", output);
}

}  // namespace medimeet::testing
