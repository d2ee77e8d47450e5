// The real binary under a low open-file limit: out of descriptors, it waits for some to free up
// instead of spinning on accept(), keeps serving the connections it has, and recovers.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <fstream>
#include <thread>
#include <vector>

#include "http_client.hpp"
#include "loopback.hpp"
#include "server_process.hpp"
#include "test_database.hpp"

namespace medimeet {
namespace {

using namespace std::chrono_literals;
using testing::ServerProcess;
using testing::TestBackend;

int connect_to(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  EXPECT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  return fd;
}

std::string open_file_limits_of(pid_t pid) {
  std::ifstream limits("/proc/" + std::to_string(pid) + "/limits");
  for (std::string line; std::getline(limits, line);) {
    if (line.starts_with("Max open files")) return line;
  }
  return {};
}

TEST(DescriptorLimitTest, OutOfDescriptorsTheServerWaitsInsteadOfSpinning) {
  ServerProcess server(testing::fresh_database_url(TestBackend::sqlite),
                       testing::temporary_directory(), testing::free_loopback_port(),
                       {.open_files = std::pair{128L, 128L}});
  testing::HttpClient kept_alive(server.base_url());
  ASSERT_EQ(kept_alive.get("/healthz").status, 200);

  // The kernel completes these handshakes; the server accepts until it has no descriptor left.
  std::vector<int> held;
  for (int i = 0; i < 200; ++i) held.push_back(connect_to(server.port()));
  std::this_thread::sleep_for(500ms);

  // A spinning acceptor burns a whole core (about 2 s of processor time in 2 s); a waiting one
  // next to nothing.
  const double before = server.cpu_seconds();
  std::this_thread::sleep_for(2s);
  const double used = server.cpu_seconds() - before;
  EXPECT_LT(used, 0.5) << "processor seconds used in 2 s while out of descriptors";
  EXPECT_NE(server.log().find("cannot accept connections"), std::string::npos);

  // A connection accepted before the shortage is still served.
  EXPECT_EQ(kept_alive.get("/healthz").status, 200);

  for (int fd : held) close(fd);
  int status = 0;
  const auto deadline = std::chrono::steady_clock::now() + 20s;
  while (status != 200 && std::chrono::steady_clock::now() < deadline) {
    try {
      testing::HttpClient fresh(server.base_url());
      status = fresh.get("/healthz").status;
    } catch (const std::exception&) {
      std::this_thread::sleep_for(100ms);
    }
  }
  EXPECT_EQ(status, 200) << "new connections are accepted again once descriptors are free";
}

TEST(DescriptorLimitTest, TheServerRaisesItsSoftLimitToTheHardOne) {
  ServerProcess server(testing::fresh_database_url(TestBackend::sqlite),
                       testing::temporary_directory(), testing::free_loopback_port(),
                       {.open_files = std::pair{256L, 2048L}});
  const auto limits = open_file_limits_of(server.pid());
  EXPECT_NE(limits.find("2048                 2048"), std::string::npos) << limits;
  EXPECT_NE(server.log().find("raised the open-file limit from 256 to 2048"), std::string::npos)
      << server.log();
}

}  // namespace
}  // namespace medimeet
