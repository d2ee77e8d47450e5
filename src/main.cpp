#include <curl/curl.h>
#include <spdlog/spdlog.h>

#include <iostream>

#include "app/app.hpp"
#include "app/command_line.hpp"
#include "audit/audit_log.hpp"
#include "common/embedded_file.hpp"
#include "common/error.hpp"
#include "common/log_format.hpp"
#include "reviews/review_service.hpp"
#include "storage/backup.hpp"
#include "storage/migrations.hpp"

int main(int argc, char** argv) {
  using namespace medimeet;
  int exit_code = 0;
  auto invocation = app::parse_command_line(argc, argv, exit_code);
  if (!invocation) return exit_code;

  use_log_format(parse_log_format(invocation->config.log_format).value_or(LogFormat::text));
  curl_global_init(CURL_GLOBAL_DEFAULT);
  try {
    if (invocation->command == app::Command::migrate) {
      const auto config = app::resolve(invocation->config);
      storage::Database database(config.database_url, 1);
      const int applied = storage::migrate(database, embedded_migrations());
      spdlog::info("{} migration(s) applied", applied);
      return 0;
    }
    if (invocation->command == app::Command::backup) {
      const auto config = app::resolve(invocation->config);
      storage::backup(config.database_url, invocation->backup_file);
      spdlog::info("backup written to {}", invocation->backup_file);
      return 0;
    }
    if (invocation->command == app::Command::restore) {
      const auto config = app::resolve(invocation->config);
      storage::restore(invocation->backup_file, config.database_url);
      spdlog::info("{} restored", invocation->backup_file);
      return 0;
    }
    SystemClock clock;
    if (invocation->command == app::Command::export_data) {
      app::App application(invocation->config, clock);
      for (const auto& [collection, documents] : application.export_mongodb(invocation->exchange_directory)) {
        spdlog::info("{}.json: {} document(s)", collection, documents);
      }
      return 0;
    }
    if (invocation->command == app::Command::import_data) {
      app::App application(invocation->config, clock);
      const auto result = application.import_mongodb(invocation->exchange_directory);
      for (const auto& file : result.ignored_files) spdlog::warn("{}: not a MediMeet collection, ignored", file);
      for (const auto& problem : result.problems) {
        spdlog::error("{}:{}: {}{}{}", problem.file, problem.line, problem.field, problem.field.empty() ? "" : ": ",
                      problem.message);
      }
      if (result.problems_not_listed > 0) spdlog::error("… and {} more problem(s)", result.problems_not_listed);
      if (!result.imported()) {
        spdlog::error("nothing imported: the database is unchanged");
        return 1;
      }
      for (const auto& [collection, documents] : result.documents) {
        spdlog::info("{}.json: {} document(s) imported", collection, documents);
      }
      return 0;
    }
    if (invocation->command == app::Command::audit_verify) {
      const auto config = app::resolve(invocation->config);
      storage::Database database(config.database_url, 1);
      const auto check = audit::AuditLog(database, clock).verify();
      if (check.intact) {
        spdlog::info("audit log intact: {} row(s) checked", check.rows_checked);
        return 0;
      }
      spdlog::error("audit log broken at row {} (id {}): {}", check.broken_sequence,
                    check.broken_id.empty() ? "-" : check.broken_id, check.reason);
      return 1;
    }
    if (invocation->command == app::Command::reviews_flagged) {
      const auto config = app::resolve(invocation->config);
      storage::Database database(config.database_url, 1);
      const auto flagged = reviews::ReviewModeration(database, clock).flagged();
      for (const auto& review : flagged) {
        std::cout << review.id << "  flagged " << format_iso8601(*review.flagged_at) << "  doctor " << review.doctor_id
                  << "  " << review.rating << "/5\n  reason: " << review.flag_reason.value_or("") << "\n  comment: "
                  << review.comment << "\n";
      }
      std::cout << flagged.size() << " flagged review(s)\n";
      return 0;
    }
    if (invocation->command == app::Command::reviews_hide || invocation->command == app::Command::reviews_keep) {
      const auto config = app::resolve(invocation->config);
      storage::Database database(config.database_url, 1);
      const bool hide = invocation->command == app::Command::reviews_hide;
      try {
        reviews::ReviewModeration(database, clock)
            .decide(invocation->review_id, hide ? reviews::Moderation::hide : reviews::Moderation::keep);
      } catch (const AppError&) {
        spdlog::error("no review has the id {}", invocation->review_id);
        return 1;
      }
      spdlog::info("review {} {}", invocation->review_id, hide ? "hidden" : "kept");
      return 0;
    }
    app::App application(invocation->config, clock);
    application.start();
    application.run_until_signal();
    spdlog::info("medimeet stopped");
  } catch (const std::exception& error) {
    spdlog::critical("{}", error.what());
    return 1;
  }
  curl_global_cleanup();
  return 0;
}
