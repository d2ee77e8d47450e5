#include "app/command_line.hpp"

#include <CLI/CLI.hpp>

namespace medimeet::app {

std::optional<Invocation> parse_command_line(int argc, char** argv, int& exit_code) {
  Invocation invocation;
  auto& config = invocation.config;
  CLI::App cli{"MediMeet: book doctors and consult them online"};
  cli.require_subcommand(1);

  auto add_common = [&config](CLI::App* command) {
    command->add_option("--database", config.database_url,
                        "sqlite:///abs/path.db or postgresql://user@host:port/db")
        ->envname("MEDIMEET_DATABASE_URL");
    command->add_option("--data-dir", config.data_dir, "Directory for the SQLite file and uploads")
        ->envname("MEDIMEET_DATA_DIR");
    command->add_option("--log-format", config.log_format, "text, or json: one JSON object a line for log collectors")
        ->envname("MEDIMEET_LOG_FORMAT")
        ->check(CLI::IsMember({"text", "json"}));
  };

  auto* serve = cli.add_subcommand("serve", "Run the HTTP server and the background jobs");
  add_common(serve);
  serve->add_option("--web-dir", config.web_dir, "The built web app to serve at /")
      ->envname("MEDIMEET_WEB_DIR");
  serve->add_option("--listen", config.listen, "HOST:PORT to listen on")->envname("MEDIMEET_LISTEN");
  serve->add_option("--metrics-listen", config.metrics_listen,
                    "HOST:PORT serving /metrics for Prometheus, apart from the API (off by default)")
      ->envname("MEDIMEET_METRICS_LISTEN");
  serve->add_option("--public-url", config.public_url, "Base URL used in links sent by email")
      ->envname("MEDIMEET_PUBLIC_URL");
  serve->add_option("--threads", config.threads, "cores to use: 2 I/O threads and 8 workers each, at least 16 workers (0: all of them)")
      ->envname("MEDIMEET_THREADS");
  serve->add_option("--smtp-url", config.smtp_url, "smtp://host:port for outgoing email")
      ->envname("MEDIMEET_SMTP_URL");
  serve->add_option("--mail-from", config.mail_from, "Sender of outgoing email")
      ->envname("MEDIMEET_MAIL_FROM");
  serve->add_option("--registrations-per-hour", config.registrations_per_address_per_hour,
                    "Accounts one client address may register per hour")
      ->envname("MEDIMEET_REGISTRATIONS_PER_HOUR");
  serve->add_option("--timezone", config.default_timezone, "Time zone of new doctors (IANA name)")
      ->envname("MEDIMEET_TIMEZONE");
  serve->add_option("--currency", config.currency, "Currency of every fee (ISO 4217 code)")
      ->envname("MEDIMEET_CURRENCY");
  serve->add_option("--min-notice", config.min_notice,
                    "How long before its start a slot stops being offered (30m, 2h, 1d)")
      ->envname("MEDIMEET_MIN_NOTICE");
  serve->add_option("--max-active-appointments", config.max_active_appointments,
                    "Upcoming appointments a patient may hold at once")
      ->envname("MEDIMEET_MAX_ACTIVE_APPOINTMENTS");
  serve->add_option("--cancel-notice", config.cancel_notice,
                    "How long before the start a patient may still cancel or move (4h)")
      ->envname("MEDIMEET_CANCEL_NOTICE");
  serve->add_option("--reminder-offsets", config.reminder_offsets,
                    "When reminders go out before an appointment (24h,1h; units s m h d)")
      ->envname("MEDIMEET_REMINDER_OFFSETS");
  serve->add_option("--master-key-file", config.master_key_file,
                    "The key that encrypts every file's key (created 0600 on the first start)")
      ->envname("MEDIMEET_MASTER_KEY_FILE");
  serve->add_option("--max-upload", config.max_upload, "The largest file an upload may bring (20MiB)")
      ->envname("MEDIMEET_MAX_UPLOAD");
  serve->add_option("--listing-cache", config.listing_cache,
                    "Memory for public search pages and slots served again until a change (64MiB; 0: none)")
      ->envname("MEDIMEET_LISTING_CACHE");
  serve->add_option("--message-email-delay", config.message_email_delay,
                    "How long a message stays unread before its receiver gets an email (10m)")
      ->envname("MEDIMEET_MESSAGE_EMAIL_DELAY");
  serve->add_option("--room-early", config.room_early, "How long before its start a video room opens (15m)")
      ->envname("MEDIMEET_ROOM_EARLY");
  serve->add_option("--room-late", config.room_late, "How long after its end a video room stays open (60m)")
      ->envname("MEDIMEET_ROOM_LATE");
  serve->add_option("--turn-urls", config.turn_urls,
                    "Comma-separated STUN/TURN URLs for video calls (stun:host:3478,turn:host:3478)")
      ->envname("MEDIMEET_TURN_URLS");
  serve->add_option("--turn-secret", config.turn_secret,
                    "coturn's static-auth-secret; prefer the environment variable, which ps does not show")
      ->envname("MEDIMEET_TURN_SECRET");
  serve->add_option("--payment-timeout", config.payment_timeout,
                    "How long a patient has to pay a prepaid booking before it is canceled (15m)")
      ->envname("MEDIMEET_PAYMENT_TIMEOUT");
  serve->add_option("--stripe-secret-key", config.stripe_secret_key,
                    "Stripe's secret API key: cards are offered; prefer the environment variable")
      ->envname("MEDIMEET_STRIPE_SECRET_KEY");
  serve->add_option("--stripe-webhook-secret", config.stripe_webhook_secret,
                    "The secret Stripe signs webhooks with (whsec_…); prefer the environment variable")
      ->envname("MEDIMEET_STRIPE_WEBHOOK_SECRET");
  serve->add_option("--stripe-api-url", config.stripe_api_url, "Stripe's API (https://api.stripe.com)")
      ->envname("MEDIMEET_STRIPE_API_URL");
  serve->add_option("--paypal-client-id", config.paypal_client_id, "PayPal REST app's client id: PayPal is offered")
      ->envname("MEDIMEET_PAYPAL_CLIENT_ID");
  serve->add_option("--paypal-client-secret", config.paypal_client_secret,
                    "PayPal REST app's secret; prefer the environment variable")
      ->envname("MEDIMEET_PAYPAL_CLIENT_SECRET");
  serve->add_option("--paypal-webhook-id", config.paypal_webhook_id, "The id of the webhook set up in PayPal")
      ->envname("MEDIMEET_PAYPAL_WEBHOOK_ID");
  serve->add_option("--paypal-api-url", config.paypal_api_url, "PayPal's API (https://api-m.paypal.com)")
      ->envname("MEDIMEET_PAYPAL_API_URL");
  serve->add_option("--reviews", config.reviews, "on, or off to have no reviews of doctors on this instance")
      ->envname("MEDIMEET_REVIEWS");
  serve->add_flag("--demo", config.demo,
                  "On an empty database, create demo doctors and print two demo logins")
      ->envname("MEDIMEET_DEMO");
  serve->add_flag("--trust-proxy", config.trust_proxy,
                  "Behind a reverse proxy: the client address is the last X-Forwarded-For entry")
      ->envname("MEDIMEET_TRUST_PROXY");
  serve->add_option("--sms-url", config.sms_url, "URL that outgoing SMS are POSTed to")
      ->envname("MEDIMEET_SMS_URL");

  auto* migrate = cli.add_subcommand("migrate", "Apply pending database migrations and exit");
  add_common(migrate);

  auto* backup = cli.add_subcommand(
      "backup", "Copy the database while the server runs (SQLite: online backup; PostgreSQL: pg_dump custom format)");
  add_common(backup);
  backup->add_option("--to", invocation.backup_file, "The file to write")->required();
  auto* restore = cli.add_subcommand("restore", "Load a backup into an empty database (refused over data)");
  add_common(restore);
  restore->add_option("--from", invocation.backup_file, "The backup file")->required();

  std::string exchange_format;
  auto add_exchange = [&](CLI::App* command) {
    add_common(command);
    command->add_option("--format", exchange_format, "mongodb: one MongoDB Extended JSON document a line")
        ->required()
        ->check(CLI::IsMember({"mongodb"}));
    command->add_option("--master-key-file", config.master_key_file,
                        "The server's master key, which seals prescriptions and record entries")
        ->envname("MEDIMEET_MASTER_KEY_FILE");
  };
  auto* export_data = cli.add_subcommand(
      "export", "Write the seed's collections as mongoimport reads them, one file each (no password, token or file content)");
  add_exchange(export_data);
  export_data->add_option("--to", invocation.exchange_directory, "The directory to write")->required();
  auto* import_data = cli.add_subcommand(
      "import", "Load such files (or a mongoexport of the original MediMeet) into an empty database, all or nothing");
  add_exchange(import_data);
  import_data->add_option("--from", invocation.exchange_directory, "The directory of users.json, patients.json, …")
      ->required();
  import_data->add_option("--timezone", config.default_timezone, "Time zone of doctors the files give none (IANA name)")
      ->envname("MEDIMEET_TIMEZONE");
  import_data->add_option("--currency", config.currency, "Currency of fees and payments the files give none (ISO 4217)")
      ->envname("MEDIMEET_CURRENCY");

  auto* audit = cli.add_subcommand("audit", "Check the access log of medical data");
  audit->require_subcommand(1);
  auto* verify = audit->add_subcommand("verify", "Walk the audit log's hash chain; exit 1 naming the first broken row");
  add_common(verify);

  auto* reviews = cli.add_subcommand("reviews", "Moderate the reviews doctors flagged");
  reviews->require_subcommand(1);
  auto* flagged = reviews->add_subcommand("flagged", "List the flagged reviews, oldest flag first");
  add_common(flagged);
  auto* hide = reviews->add_subcommand("hide", "Hide a review: off the doctor's page and rating");
  add_common(hide);
  hide->add_option("id", invocation.review_id, "The review's id")->required();
  auto* keep = reviews->add_subcommand("keep", "Keep a flagged review: shown, and no longer flaggable");
  add_common(keep);
  keep->add_option("id", invocation.review_id, "The review's id")->required();

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    exit_code = cli.exit(error);
    return std::nullopt;
  }
  invocation.command = migrate->parsed()   ? Command::migrate
                       : backup->parsed()  ? Command::backup
                       : restore->parsed() ? Command::restore
                       : export_data->parsed() ? Command::export_data
                       : import_data->parsed() ? Command::import_data
                       : verify->parsed()  ? Command::audit_verify
                       : flagged->parsed() ? Command::reviews_flagged
                       : hide->parsed()    ? Command::reviews_hide
                       : keep->parsed()    ? Command::reviews_keep
                                           : Command::serve;
  return invocation;
}

}  // namespace medimeet::app
