// The real `medimeet` binary, configured by environment variables, killed with SIGKILL right
// after it acknowledged a write: the write must survive.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/json/object.hpp>

#include <fcntl.h>
#include <thread>

#include "http_client.hpp"
#include "loopback.hpp"
#include "test_database.hpp"

namespace medimeet {
namespace {

using namespace std::chrono_literals;
using testing::TestBackend;

class ServerProcess {
 public:
  ServerProcess(const std::string& database_url, const std::string& data_dir, int port)
      : base_url_("http://127.0.0.1:" + std::to_string(port)) {
    pid_ = fork();
    if (pid_ == 0) {
      const int log = open((data_dir + "/server.log").c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
      dup2(log, STDOUT_FILENO);
      dup2(log, STDERR_FILENO);
      setenv("MEDIMEET_DATABASE_URL", database_url.c_str(), 1);
      setenv("MEDIMEET_LISTEN", ("127.0.0.1:" + std::to_string(port)).c_str(), 1);
      execl(MEDIMEET_BINARY, "medimeet", "serve", "--data-dir", data_dir.c_str(), "--threads", "2",
            static_cast<char*>(nullptr));
      _exit(127);
    }
    testing::HttpClient client(base_url_);
    for (int i = 0; i < 200; ++i) {
      try {
        if (client.get("/readyz").status == 200) return;
      } catch (const std::exception&) {
      }
      std::this_thread::sleep_for(25ms);
    }
    ADD_FAILURE() << "medimeet did not start";
  }

  ~ServerProcess() { kill_now(); }

  void kill_now() {
    if (pid_ <= 0) return;
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }

  // SIGTERM, then the exit status (0 for a graceful stop).
  int terminate() {
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  const std::string& base_url() const { return base_url_; }

 private:
  std::string base_url_;
  pid_t pid_ = -1;
};

class DurabilityTest : public ::testing::TestWithParam<TestBackend> {};

TEST_P(DurabilityTest, AnAcknowledgedWriteSurvivesAKill) {
  const auto data_dir = testing::temporary_directory();
  const auto database_url = testing::fresh_database_url(GetParam());
  std::string user_id;
  {
    ServerProcess server(database_url, data_dir, testing::free_loopback_port());
    testing::HttpClient client(server.base_url());
    auto registered = client.post("/api/v1/auth/register",
                                  boost::json::object{{"name", "Ann"},
                                                      {"email", "ann@example.com"},
                                                      {"password", "a fine long password"},
                                                      {"role", "patient"},
                                                      {"phone", "+33612345678"}});
    ASSERT_EQ(registered.status, 201);
    user_id = testing::text(registered.json().at("user").at("_id"));
    server.kill_now();  // no chance to flush anything after the 201
  }
  ServerProcess restarted(database_url, data_dir, testing::free_loopback_port());
  testing::HttpClient client(restarted.base_url());
  auto login = client.post("/api/v1/auth/login", boost::json::object{{"email", "ann@example.com"},
                                                                     {"password", "a fine long password"}});
  ASSERT_EQ(login.status, 200) << login.body;
  EXPECT_EQ(testing::text(login.json().at("user").at("_id")), user_id);
  EXPECT_EQ(restarted.terminate(), 0);  // SIGTERM stops it cleanly
}

INSTANTIATE_TEST_SUITE_P(Backends, DurabilityTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
