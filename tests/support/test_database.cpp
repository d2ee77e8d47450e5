#include "test_database.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <unistd.h>

#include "storage/database.hpp"

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <stdexcept>
#include <vector>

namespace medimeet::testing {
namespace {

namespace fs = std::filesystem;

struct TemporaryDirectories {
  std::mutex mutex;
  std::vector<fs::path> paths;
  ~TemporaryDirectories() {
    std::error_code ignored;
    for (const auto& path : paths) fs::remove_all(path, ignored);
  }
};

TemporaryDirectories& temporaries() {
  static TemporaryDirectories instance;
  return instance;
}

std::string read_first_line(const fs::path& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}

// A server of our own when CTest's fixture did not start one.
class OwnPostgres {
 public:
  OwnPostgres() {
    char pattern[] = "/tmp/medimeet-pg-XXXXXX";
    if (mkdtemp(pattern) == nullptr) throw std::runtime_error("mkdtemp failed");
    dir_ = pattern;
    run("start");
    url_ = read_first_line(dir_ + "/url");
  }
  ~OwnPostgres() { run("stop"); }
  const std::string& url() const { return url_; }

 private:
  void run(const std::string& action) {
    const std::string command =
        "bash " MEDIMEET_SOURCE_DIR "/tests/support/postgres.sh " + action + " " + dir_;
    if (std::system(command.c_str()) != 0 && action == "start") {
      throw std::runtime_error("could not start PostgreSQL for the tests: " + command);
    }
  }
  std::string dir_;
  std::string url_;
};

std::string admin_url() {
  if (const char* file = std::getenv("MEDIMEET_TEST_POSTGRES_URL_FILE"); file && fs::exists(file)) {
    return read_first_line(file);
  }
  static OwnPostgres own;
  return own.url();
}

}  // namespace

std::string backend_name(TestBackend backend) {
  return backend == TestBackend::sqlite ? "SQLite" : "PostgreSQL";
}

std::string temporary_directory() {
  char pattern[] = "/tmp/medimeet-test-XXXXXX";
  if (mkdtemp(pattern) == nullptr) throw std::runtime_error("mkdtemp failed");
  auto& registry = temporaries();
  std::lock_guard lock(registry.mutex);
  registry.paths.emplace_back(pattern);
  return pattern;
}

std::string fresh_database_url(TestBackend backend) {
  if (backend == TestBackend::sqlite) {
    return "sqlite://" + temporary_directory() + "/medimeet.db";
  }
  static std::atomic<int> counter{0};
  const std::string name =
      "test_" + std::to_string(getpid()) + "_" + std::to_string(counter.fetch_add(1));
  const auto admin = admin_url();
  {
    soci::session sql(soci::postgresql, storage::postgres_connection_string(admin));
    sql << "CREATE DATABASE " + name;
  }
  return admin.substr(0, admin.rfind('/') + 1) + name;
}

}  // namespace medimeet::testing
