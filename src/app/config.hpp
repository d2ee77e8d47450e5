#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "http/socket.hpp"

namespace medimeet::app {

// Everything an operator can set, by flag or environment variable (see command_line.cpp).
struct Config {
  std::string listen = "127.0.0.1:8080";
  std::string metrics_listen;  // HOST:PORT serving /metrics for Prometheus; empty: none
  std::string database_url;  // default: sqlite://<data_dir>/medimeet.db
  std::string data_dir = "data";
  std::string log_format = "text";  // or "json": one JSON object a line
  std::string web_dir;       // the built web app; default: default_web_dir; absent: the API alone
  std::string public_url;    // default: http://<listen>
  std::size_t threads = 0;   // I/O threads; 0: one per core
  std::string smtp_url;      // empty: emails go to the log
  std::string mail_from = "MediMeet <no-reply@medimeet.localhost>";
  std::string sms_url;       // empty: SMS go to the log
  std::chrono::milliseconds outbox_poll_interval{1000};
  int registrations_per_address_per_hour = 30;
  bool demo = false;                     // fill an empty database with demo doctors
  bool trust_proxy = false;              // take the client address from X-Forwarded-For
  std::string default_timezone = "UTC";  // of new doctors
  std::string currency = "EUR";          // ISO 4217, of every fee
  std::string min_notice = "2h";         // no slot starts sooner than this from now
  int max_active_appointments = 5;       // upcoming appointments per patient
  std::string cancel_notice = "4h";      // patients cancel or move up to this before the start
  std::string reminder_offsets = "24h,1h";
  std::chrono::milliseconds reminder_poll_interval{1000};
  std::string master_key_file;  // default: <data_dir>/master.key, created 0600 on the first start
  std::string max_upload = "20MiB";  // the largest file an upload may bring
  std::string listing_cache = "64MiB";  // public search pages and slots kept in memory; 0: none
  std::string message_email_delay = "10m";  // an unread message emails its receiver after this
  std::chrono::milliseconds message_alert_poll_interval{5000};
  std::string room_early = "15m";  // a video room opens this long before the appointment
  std::string room_late = "60m";   // and closes this long after its end
  std::string turn_urls;           // comma-separated STUN/TURN URLs for video calls
  std::string turn_secret;         // coturn's static-auth-secret: TURN credentials are made from it
  std::string reviews = "on";      // "off": no reviews on this instance
  std::string payment_timeout = "15m";  // a prepaid booking not paid by then is canceled
  std::string stripe_secret_key;        // set: cards are offered, through Stripe Checkout
  std::string stripe_webhook_secret;    // what Stripe signs its webhooks with
  std::string stripe_api_url = "https://api.stripe.com";
  std::string paypal_client_id;         // set: PayPal is offered, through its Orders API
  std::string paypal_client_secret;
  std::string paypal_webhook_id;        // the webhook PayPal's signatures are checked for
  std::string paypal_api_url = "https://api-m.paypal.com";
  std::chrono::milliseconds payment_poll_interval{1000};
  http::SocketLimits socket_limits;
  std::chrono::milliseconds header_timeout{10'000};
  std::chrono::milliseconds idle_timeout{60'000};
};

// Fills the defaults that depend on other settings and checks the values; throws
// std::invalid_argument with a message for the operator.
Config resolve(Config config);

// Where the web app is for the binary at `executable`: installed beside it (<prefix>/bin/medimeet
// -> <prefix>/share/medimeet/web), else in the source tree it was built in (build/medimeet ->
// web/dist), else web/dist under the current directory.
std::string default_web_dir(const std::filesystem::path& executable);

// The origin ("https://medimeet.example", "http://127.0.0.1:8080") of a public URL: what a
// browser sends as Origin from its pages. Throws std::invalid_argument.
std::string origin_of(const std::string& public_url);

// "20MiB", "512KiB", "1048576" -> bytes; nullopt for anything else.
std::optional<std::uint64_t> parse_byte_size(const std::string& text);

// "a, b,,c" -> {"a", "b", "c"}: the items of a comma-separated setting, trimmed, empty ones left out.
std::vector<std::string> split_list(const std::string& text);

// "24h,1h" -> the reminder offsets; throws std::invalid_argument.
std::vector<std::chrono::seconds> parse_reminder_offsets(const std::string& text);

// "127.0.0.1:8080" or "[::1]:8080" -> host and port; throws std::invalid_argument.
std::pair<std::string, std::uint16_t> split_listen_address(const std::string& listen);

}  // namespace medimeet::app
