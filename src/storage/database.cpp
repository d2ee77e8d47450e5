#include "storage/database.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sqlite3.h>

#include <boost/url/parse.hpp>

#include <chrono>
#include <stdexcept>

#include "common/metrics.hpp"

namespace medimeet::storage {
namespace {

constexpr std::string_view kSqliteScheme = "sqlite://";

void open_sqlite(soci::session& sql, const std::string& path) {
  sql.open(soci::sqlite3, "db=\"" + path + "\" timeout=10");
  std::string mode;
  sql << "PRAGMA journal_mode=WAL", soci::into(mode);
  sql << "PRAGMA synchronous=FULL";
  sql << "PRAGMA foreign_keys=ON";
  sql << "PRAGMA busy_timeout=10000";
  // A grouped commit runs each write in a savepoint, whose undo pages SQLite otherwise writes
  // to a temporary file: about seventy write calls per booking under the booking bench.
  sql << "PRAGMA temp_store=MEMORY";
}

std::string quoted(std::string_view value) {
  std::string result = "'";
  for (char c : value) {
    if (c == '\\' || c == '\'') result.push_back('\\');
    result.push_back(c);
  }
  return result + "'";
}

}  // namespace

Backend backend_of(const std::string& url) {
  if (url.starts_with(kSqliteScheme)) return Backend::sqlite;
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return Backend::postgresql;
  }
  throw std::runtime_error(
      "unsupported database URL (use sqlite:///abs/path.db or postgresql://...)");
}

std::string sqlite_path_of(const std::string& url) {
  if (backend_of(url) != Backend::sqlite) throw std::runtime_error("not an SQLite database URL");
  return url.substr(kSqliteScheme.size());
}

std::string postgres_connection_string(const std::string& url) {
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed) throw std::runtime_error("the PostgreSQL URL is malformed");
  std::string result;
  auto add = [&result](std::string_view key, std::string_view value) {
    if (value.empty()) return;
    if (!result.empty()) result.push_back(' ');
    result.append(key).append("=").append(quoted(value));
  };
  add("host", parsed->host_address());
  add("port", parsed->port());
  add("user", parsed->user());
  add("password", parsed->password());
  auto path = parsed->path();
  add("dbname", path.starts_with('/') ? std::string_view(path).substr(1) : std::string_view(path));
  for (auto param : parsed->params()) add(param.key, param.value);
  return result;
}

Database::Database(const std::string& url, std::size_t pool_size)
    : backend_(backend_of(url)), pool_(pool_size), pool_size_(pool_size) {
  for (std::size_t i = 0; i < pool_size; ++i) {
    auto& sql = pool_.at(i);
    if (backend_ == Backend::sqlite) {
      open_sqlite(sql, sqlite_path_of(url));
    } else {
      sql.open(soci::postgresql, postgres_connection_string(url));
    }
    kept_statements_.push_back(std::make_unique<KeptStatements>(sql));
  }
}

void Database::begin(soci::session& sql) {
  sql << (backend_ == Backend::sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
}

void Database::begin_snapshot(soci::session& sql) {
  // SQLite (WAL) takes its snapshot at the first read of a deferred transaction and keeps it.
  sql << (backend_ == Backend::sqlite ? "BEGIN DEFERRED" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

void Database::rollback(soci::session& sql) noexcept {
  try {
    sql << "ROLLBACK";
  } catch (...) {
    // The connection may already have aborted the transaction; nothing more to undo.
  }
}

void Database::commit_write(const std::function<void(Transaction&)>& work) {
  QueuedWrite write{work};
  if (backend_ == Backend::postgresql) {
    // PostgreSQL runs concurrent transactions itself and flushes concurrent commits together.
    commit_group({&write});
  } else {
    std::unique_lock lock(queue_mutex_);
    queued_writes_.push_back(&write);
    if (committing_) write.woken.wait(lock, [&] { return write.finished || write.leads; });
    if (!write.finished) {
      // This caller commits every write queued so far, then hands the next group to the first
      // caller that queued meanwhile: only that one and this group's callers are woken.
      committing_ = true;
      auto group = std::exchange(queued_writes_, {});
      lock.unlock();
      commit_group(group);
      lock.lock();
      for (auto* member : group) {
        member->finished = true;
        if (member != &write) member->woken.notify_one();  // under the lock: it may return at once
      }
      if (queued_writes_.empty()) {
        committing_ = false;
      } else {
        queued_writes_.front()->leads = true;
        queued_writes_.front()->woken.notify_one();
      }
    }
  }
  if (write.error) std::rethrow_exception(write.error);
  write.transaction->run_after_commit();
}

Database::Lease::Lease(Database& database) : database_(database) {
  const bool all_taken = database_.leased_.fetch_add(1) >= database_.pool_size_;
  const auto asked = all_taken ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point{};
  try {
    session_.emplace(database_.pool_);
  } catch (...) {
    --database_.leased_;
    throw;
  }
  if (all_taken) metrics::record_pool_wait(std::chrono::steady_clock::now() - asked);
}

Database::Lease::~Lease() {
  session_.reset();
  --database_.leased_;
}

std::size_t Database::queued_writes() {
  std::lock_guard lock(queue_mutex_);
  return queued_writes_.size();
}

void Database::commit_group(const std::vector<QueuedWrite*>& group) {
  const bool grouped = group.size() > 1;
  try {
    Lease lease(*this);
    auto& sql = lease.sql();
    begin(sql);
    try {
      for (auto* write : group) {
        write->transaction.emplace(sql);
        if (grouped) run(sql, "SAVEPOINT write");
        try {
          write->work(*write->transaction);
          if (grouped) run(sql, "RELEASE write");
        } catch (...) {
          write->error = std::current_exception();
          // Alone, the whole transaction rolls back below. In a group only this write's changes
          // go; should the savepoint be gone too (the database aborted the transaction), the
          // throw reaches the catch below and the whole group fails.
          if (grouped) {
            run(sql, "ROLLBACK TO write");
            run(sql, "RELEASE write");
          }
        }
      }
      if (!grouped && group.front()->error) {
        rollback(sql);
        return;
      }
      sql << "COMMIT";
    } catch (...) {
      rollback(sql);
      throw;
    }
  } catch (...) {
    // Nothing of the group is committed: each of its writes fails with this error.
    for (auto* write : group) {
      if (!write->error) write->error = std::current_exception();
    }
  }
}

bool Database::ping() {
  try {
    int one = 0;
    read([&](soci::session& sql) { sql << "SELECT 1", soci::into(one); });
    return one == 1;
  } catch (const std::exception&) {
    return false;
  }
}

Backend backend_of(const soci::session& sql) {
  return sql.get_backend_name() == "postgresql" ? Backend::postgresql : Backend::sqlite;
}

bool is_unique_violation(const std::exception& error) {
  if (const auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&error)) {
    return pg->sqlstate() == "23505";
  }
  if (const auto* lite = dynamic_cast<const soci::sqlite3_soci_error*>(&error)) {
    const std::string_view message = lite->what();
    return lite->result() == SQLITE_CONSTRAINT &&
           (message.find("UNIQUE") != std::string_view::npos ||
            message.find("PRIMARY KEY") != std::string_view::npos);
  }
  return false;
}

std::vector<std::string> query_plan(soci::session& sql, Backend backend, Query query) {
  std::vector<std::string> lines;
  query.prepend(backend == Backend::sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ");
  KeptStatement statement(sql, query.text());
  std::string detail;
  int id = 0;
  int parent = 0;
  int unused = 0;
  if (backend == Backend::sqlite) {
    statement->exchange(soci::into(id));
    statement->exchange(soci::into(parent));
    statement->exchange(soci::into(unused));
  }
  statement->exchange(soci::into(detail));
  query.bind_to(*statement);
  if (statement->execute(true)) {
    do {
      lines.push_back(detail);
    } while (statement->fetch());
  }
  return lines;
}

}  // namespace medimeet::storage
