#include "app/config.hpp"

#include <boost/url/parse.hpp>

#include "common/money.hpp"
#include "common/text.hpp"
#include "common/time.hpp"
#include "common/time_zone.hpp"

#include <filesystem>
#include <limits>
#include <stdexcept>
#include <thread>

namespace medimeet::app {

std::pair<std::string, std::uint16_t> split_listen_address(const std::string& listen) {
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == listen.size()) {
    throw std::invalid_argument("--listen must be HOST:PORT, got \"" + listen + "\"");
  }
  std::string host = listen.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  int port = 0;
  try {
    std::size_t used = 0;
    port = std::stoi(listen.substr(colon + 1), &used);
    if (used != listen.size() - colon - 1) port = -1;
  } catch (const std::exception&) {
    port = -1;
  }
  if (port < 0 || port > 65535) {
    throw std::invalid_argument("--listen has an invalid port in \"" + listen + "\"");
  }
  return {host, static_cast<std::uint16_t>(port)};
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    auto item = trim(std::string_view(text).substr(start, end - start));
    if (!item.empty()) items.push_back(std::move(item));
    start = end + 1;
  }
  return items;
}

std::vector<std::chrono::seconds> parse_reminder_offsets(const std::string& text) {
  std::vector<std::chrono::seconds> offsets;
  for (const auto& item : split_list(text)) {
    auto offset = parse_duration(item);
    if (!offset || offset->count() <= 0) {
      throw std::invalid_argument("--reminder-offsets must be durations like 24h,1h; \"" + item +
                                  "\" is not one");
    }
    offsets.push_back(*offset);
  }
  return offsets;
}

std::string default_web_dir(const std::filesystem::path& executable) {
  const auto prefix = executable.parent_path().parent_path();
  for (const auto& candidate : {prefix / "share" / "medimeet" / "web", prefix / "web" / "dist"}) {
    std::error_code error;
    if (std::filesystem::is_directory(candidate, error)) return candidate.string();
  }
  return "web/dist";
}

Config resolve(Config config) {
  split_listen_address(config.listen);
  if (!config.metrics_listen.empty()) split_listen_address(config.metrics_listen);
  if (config.web_dir.empty()) {
    std::error_code error;
    config.web_dir = default_web_dir(std::filesystem::read_symlink("/proc/self/exe", error));
  }
  if (!parse_duration(config.min_notice)) {
    throw std::invalid_argument("--min-notice must be a duration like 2h or 30m, got \"" +
                                config.min_notice + "\"");
  }
  if (!parse_duration(config.cancel_notice)) {
    throw std::invalid_argument("--cancel-notice must be a duration like 4h, got \"" +
                                config.cancel_notice + "\"");
  }
  parse_reminder_offsets(config.reminder_offsets);
  if (!parse_byte_size(config.max_upload)) {
    throw std::invalid_argument("MEDIMEET_MAX_UPLOAD must be a size like 20MiB, 512KiB or 1048576, got \"" +
                                config.max_upload + "\"");
  }
  if (!parse_byte_size(config.listing_cache)) {
    throw std::invalid_argument("MEDIMEET_LISTING_CACHE must be a size like 64MiB or 0, got \"" + config.listing_cache +
                                "\"");
  }
  if (!parse_duration(config.message_email_delay)) {
    throw std::invalid_argument("MEDIMEET_MESSAGE_EMAIL_DELAY must be a duration like 10m, got \"" +
                                config.message_email_delay + "\"");
  }
  for (const auto& [name, value] : {std::pair{"MEDIMEET_ROOM_EARLY", &config.room_early},
                                    std::pair{"MEDIMEET_ROOM_LATE", &config.room_late}}) {
    if (!parse_duration(*value)) {
      throw std::invalid_argument(std::string(name) + " must be a duration like 15m, got \"" + *value + "\"");
    }
  }
  for (const auto& url : split_list(config.turn_urls)) {
    if (!url.starts_with("stun:") && !url.starts_with("turn:") && !url.starts_with("turns:")) {
      throw std::invalid_argument("MEDIMEET_TURN_URLS lists stun:, turn: or turns: URLs, got \"" + url + "\"");
    }
  }
  if (!parse_duration(config.payment_timeout)) {
    throw std::invalid_argument("MEDIMEET_PAYMENT_TIMEOUT must be a duration like 15m, got \"" +
                                config.payment_timeout + "\"");
  }
  if (!config.stripe_secret_key.empty() && config.stripe_webhook_secret.empty()) {
    throw std::invalid_argument("MEDIMEET_STRIPE_SECRET_KEY needs MEDIMEET_STRIPE_WEBHOOK_SECRET: without it no "
                                "payment could ever be confirmed");
  }
  if (!config.paypal_client_id.empty() && (config.paypal_client_secret.empty() || config.paypal_webhook_id.empty())) {
    throw std::invalid_argument("MEDIMEET_PAYPAL_CLIENT_ID needs MEDIMEET_PAYPAL_CLIENT_SECRET and "
                                "MEDIMEET_PAYPAL_WEBHOOK_ID");
  }
  if (config.reviews != "on" && config.reviews != "off") {
    throw std::invalid_argument("MEDIMEET_REVIEWS must be on or off, got \"" + config.reviews + "\"");
  }
  if (config.max_active_appointments < 1) {
    throw std::invalid_argument("--max-active-appointments must be at least 1");
  }
  if (find_time_zone(config.default_timezone) == nullptr) {
    throw std::invalid_argument("--timezone must be an IANA time zone like Europe/Paris, got \"" +
                                config.default_timezone + "\"");
  }
  if (find_currency(config.currency) == nullptr) {
    throw std::invalid_argument("--currency must be an ISO 4217 code like EUR, got \"" + config.currency + "\"");
  }
  if (config.threads == 0) config.threads = std::max(1u, std::thread::hardware_concurrency());
  if (config.database_url.empty()) {
    std::filesystem::create_directories(config.data_dir);
    config.database_url =
        "sqlite://" + (std::filesystem::absolute(config.data_dir) / "medimeet.db").string();
  }
  if (config.master_key_file.empty()) {
    config.master_key_file = (std::filesystem::absolute(config.data_dir) / "master.key").string();
  }
  if (config.public_url.empty()) config.public_url = "http://" + config.listen;
  while (!config.public_url.empty() && config.public_url.back() == '/') config.public_url.pop_back();
  origin_of(config.public_url);
  return config;
}

std::optional<std::uint64_t> parse_byte_size(const std::string& text) {
  std::size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits == 0 || digits > 12) return std::nullopt;
  const std::uint64_t number = std::stoull(text.substr(0, digits));
  const auto unit = text.substr(digits);
  const int shift = unit.empty() ? 0 : unit == "KiB" ? 10 : unit == "MiB" ? 20 : unit == "GiB" ? 30 : -1;
  if (shift < 0 || number > (std::numeric_limits<std::uint64_t>::max() >> shift)) return std::nullopt;
  return number << shift;
}

std::string origin_of(const std::string& public_url) {
  const auto url = boost::urls::parse_uri(public_url);
  if (!url || !url->has_authority() || (url->scheme() != "http" && url->scheme() != "https")) {
    throw std::invalid_argument("--public-url must be an http(s) URL like https://medimeet.example, got \"" +
                                public_url + "\"");
  }
  std::string origin = std::string(url->scheme()) + "://" + ascii_lowercase(url->encoded_host());
  const bool default_port = !url->has_port() || (url->scheme() == "http" && url->port() == "80") ||
                            (url->scheme() == "https" && url->port() == "443");
  if (!default_port) origin += ":" + std::string(url->port());
  return origin;
}

}  // namespace medimeet::app
