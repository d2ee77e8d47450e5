#include "storage/backup.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include <array>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <vector>

#include "storage/database.hpp"

extern char** environ;

namespace medimeet::storage {
namespace {

constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};
constexpr std::string_view kPgDumpMagic = "PGDMP";

struct SqliteCloser {
  void operator()(sqlite3* connection) const { sqlite3_close_v2(connection); }
};
using SqliteConnection = std::unique_ptr<sqlite3, SqliteCloser>;

SqliteConnection open_sqlite_file(const std::string& path, int flags) {
  sqlite3* connection = nullptr;
  const int status = sqlite3_open_v2(path.c_str(), &connection, flags, nullptr);
  SqliteConnection owned(connection);
  if (status != SQLITE_OK) {
    throw std::runtime_error("cannot open " + path + ": " +
                             (connection != nullptr ? sqlite3_errmsg(connection) : sqlite3_errstr(status)));
  }
  // The server writes meanwhile: wait for its commits rather than fail.
  sqlite3_busy_timeout(connection, 10000);
  return owned;
}

// Copies every page of `source` into `target` in one step, from one read snapshot.
void copy_pages(sqlite3* source, sqlite3* target) {
  sqlite3_backup* copy = sqlite3_backup_init(target, "main", source, "main");
  if (copy == nullptr) throw std::runtime_error(std::string("cannot start the copy: ") + sqlite3_errmsg(target));
  int status = SQLITE_OK;
  do {
    status = sqlite3_backup_step(copy, -1);
    if (status == SQLITE_BUSY || status == SQLITE_LOCKED) sqlite3_sleep(50);
  } while (status == SQLITE_OK || status == SQLITE_BUSY || status == SQLITE_LOCKED);
  sqlite3_backup_finish(copy);
  if (status != SQLITE_DONE) throw std::runtime_error(std::string("the copy failed: ") + sqlite3_errstr(status));
}

long long count_sqlite_tables(sqlite3* connection) {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'", -1, &statement,
                         nullptr) != SQLITE_OK) {
    throw std::runtime_error(std::string("cannot read the database: ") + sqlite3_errmsg(connection));
  }
  const long long tables = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : 0;
  sqlite3_finalize(statement);
  return tables;
}

std::string read_start(const std::filesystem::path& file, std::size_t bytes) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  std::string start(bytes, '\0');
  in.read(start.data(), static_cast<std::streamsize>(bytes));
  start.resize(static_cast<std::size_t>(in.gcount()));
  return start;
}

// Runs a program found on PATH with `arguments` (no shell), returning its exit status; what it
// printed goes to `output`.
int run_program(const std::vector<std::string>& arguments, std::string& output) {
  std::array<int, 2> pipe_ends{};
  // Close-on-exec: the child keeps only the write end it gets as stdout and stderr.
  if (pipe2(pipe_ends.data(), O_CLOEXEC) != 0) throw std::runtime_error("cannot create a pipe");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_ends[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, pipe_ends[1], STDERR_FILENO);
  std::vector<char*> argv;
  for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  pid_t child = 0;
  const int spawned = posix_spawnp(&child, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(pipe_ends[1]);
  if (spawned != 0) {
    close(pipe_ends[0]);
    throw std::runtime_error(arguments[0] + " cannot be run (PostgreSQL's client tools: Debian's postgresql-client)");
  }
  std::array<char, 4096> buffer{};
  ssize_t got = 0;
  while ((got = read(pipe_ends[0], buffer.data(), buffer.size())) > 0) output.append(buffer.data(), got);
  close(pipe_ends[0]);
  int status = 0;
  waitpid(child, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

void run_or_throw(const std::vector<std::string>& arguments) {
  std::string output;
  if (run_program(arguments, output) != 0) throw std::runtime_error(arguments[0] + " failed: " + output);
}

// Where the copy is written until complete, created empty and readable by its owner alone: a
// backup holds every patient's data.
std::filesystem::path private_partial_file(const std::filesystem::path& to) {
  auto partial = to;
  partial += ".partial";
  std::filesystem::remove(partial);
  const int file = open(partial.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (file < 0) throw std::runtime_error("cannot create " + partial.string());
  close(file);
  return partial;
}

}  // namespace

void backup(const std::string& database_url, const std::filesystem::path& to) {
  const auto partial = private_partial_file(to);
  try {
    if (backend_of(database_url) == Backend::sqlite) {
      auto source = open_sqlite_file(sqlite_path_of(database_url), SQLITE_OPEN_READONLY);
      auto target = open_sqlite_file(partial.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
      copy_pages(source.get(), target.get());
      // One file, readable alone: the copy's pages out of any write-ahead log into it.
      sqlite3_exec(target.get(), "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    } else {
      run_or_throw(
          {"pg_dump", "--format=custom", "--no-owner", "--file=" + partial.string(), "--dbname=" + database_url});
    }
  } catch (...) {
    std::filesystem::remove(partial);  // never a half copy left behind
    throw;
  }
  std::filesystem::rename(partial, to);
}

void restore(const std::filesystem::path& from, const std::string& database_url) {
  const auto start = read_start(from, kSqliteMagic.size());
  if (backend_of(database_url) == Backend::sqlite) {
    if (!start.starts_with(kSqliteMagic)) {
      throw std::runtime_error(from.string() + " is not a backup of an SQLite database");
    }
    auto target = open_sqlite_file(sqlite_path_of(database_url), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (count_sqlite_tables(target.get()) > 0) {
      throw std::runtime_error("the target database is not empty: restore only into a new database");
    }
    auto source = open_sqlite_file(from.string(), SQLITE_OPEN_READONLY);
    copy_pages(source.get(), target.get());
    sqlite3_exec(target.get(), "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
    return;
  }
  if (!start.starts_with(kPgDumpMagic)) {
    throw std::runtime_error(from.string() + " is not a backup of a PostgreSQL database (pg_dump --format=custom)");
  }
  {
    soci::session sql(soci::postgresql, postgres_connection_string(database_url));
    long long tables = 0;
    sql << "SELECT COUNT(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
        soci::into(tables);
    if (tables > 0) throw std::runtime_error("the target database is not empty: restore only into a new database");
  }
  run_or_throw({"pg_restore", "--single-transaction", "--no-owner", "--dbname=" + database_url, from.string()});
}

}  // namespace medimeet::storage
