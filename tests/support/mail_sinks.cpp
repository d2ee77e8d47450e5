#include "mail_sinks.hpp"

#include <arpa/inet.h>
#include <boost/json/parse.hpp>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <sodium.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "common/text.hpp"
#include "loopback.hpp"
#include "test_database.hpp"

namespace medimeet::testing {
namespace {

namespace fs = std::filesystem;

std::string header_value(const std::string& headers, const std::string& name) {
  std::istringstream lines(headers);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.size() > name.size() && strncasecmp(line.c_str(), name.c_str(), name.size()) == 0 &&
        line[name.size()] == ':') {
      auto value = line.substr(name.size() + 1);
      value.erase(0, value.find_first_not_of(' '));
      return value;
    }
  }
  return {};
}

// Headers and body of a message or of one MIME part.
std::pair<std::string, std::string> split_head(const std::string& raw) {
  auto split = raw.find("\n\n");
  std::size_t skip = 2;
  if (auto crlf = raw.find("\r\n\r\n"); crlf != std::string::npos && crlf < split) {
    split = crlf;
    skip = 4;
  }
  if (split == std::string::npos) return {raw, ""};
  return {raw.substr(0, split), raw.substr(split + skip)};
}

std::string decode_body(const std::string& headers, std::string body) {
  if (ascii_lowercase(header_value(headers, "Content-Transfer-Encoding")) == "base64") {
    std::string bytes(body.size(), '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), body.c_str(), body.size(),
                          "\r\n", &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
      throw std::runtime_error("bad base64 in a received email");
    }
    bytes.resize(length);
    body = std::move(bytes);
  }
  std::erase(body, '\r');
  return body;
}

// "=?UTF-8?B?…?=" (RFC 2047, as the server encodes non-ASCII subjects) decoded; other text as it is.
std::string decode_header(const std::string& value) {
  if (!value.starts_with("=?UTF-8?B?") || !value.ends_with("?=")) return value;
  return decode_body("Content-Transfer-Encoding: base64", value.substr(10, value.size() - 12));
}

ReceivedEmail parse_email(const std::string& raw) {
  const auto [headers, body] = split_head(raw);
  ReceivedEmail email{header_value(headers, "To"), header_value(headers, "From"),
                      decode_header(header_value(headers, "Subject")), "", ""};
  const auto type = header_value(headers, "Content-Type");
  const auto boundary_at = type.find("boundary=\"");
  if (!type.starts_with("multipart/") || boundary_at == std::string::npos) {
    email.body = decode_body(headers, body);
    return email;
  }
  const auto start = boundary_at + 10;
  const auto delimiter = "--" + type.substr(start, type.find('"', start) - start);
  for (auto at = body.find(delimiter); at != std::string::npos;) {
    const auto part_start = body.find('\n', at) + 1;
    const auto next = body.find(delimiter, part_start);
    if (next == std::string::npos) break;
    const auto [part_headers, part_body] = split_head(body.substr(part_start, next - part_start));
    const auto part_type = header_value(part_headers, "Content-Type");
    if (part_type.starts_with("text/plain")) email.body = decode_body(part_headers, part_body);
    if (part_type.starts_with("text/html")) email.html = decode_body(part_headers, part_body);
    at = next;
  }
  return email;
}

}  // namespace

SmtpSink::SmtpSink() : dir_(temporary_directory() + "/maildir"), port_(free_loopback_port()) {
  pid_ = fork();
  if (pid_ == 0) {
    const std::string listen = "127.0.0.1:" + std::to_string(port_);
    execl("/usr/bin/python3", "python3", "-m", "aiosmtpd", "-n", "-l", listen.c_str(), "-c",
          "aiosmtpd.handlers.Mailbox", dir_.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  for (int i = 0; i < 200 && !accepts_connections(port_); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
  if (!accepts_connections(port_)) throw std::runtime_error("aiosmtpd did not start");
}

SmtpSink::~SmtpSink() {
  if (pid_ > 0) {
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
  }
}

std::string SmtpSink::url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }

std::vector<ReceivedEmail> SmtpSink::messages() const {
  std::vector<std::pair<fs::file_time_type, ReceivedEmail>> found;
  for (const char* sub : {"new", "cur"}) {
    const auto folder = fs::path(dir_) / sub;
    if (!fs::exists(folder)) continue;
    for (const auto& entry : fs::directory_iterator(folder)) {
      std::ifstream in(entry.path());
      std::stringstream content;
      content << in.rdbuf();
      found.emplace_back(entry.last_write_time(), parse_email(content.str()));
    }
  }
  std::sort(found.begin(), found.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<ReceivedEmail> result;
  for (auto& [time, email] : found) result.push_back(std::move(email));
  return result;
}

std::vector<ReceivedEmail> SmtpSink::wait_for(std::size_t count, std::chrono::seconds timeout) const {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  auto received = messages();
  while (received.size() < count && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    received = messages();
  }
  return received;
}

SmsSink::SmsSink() {
  router_.add(http::Method::post, "/sms", http::Access::anyone, http::Body::json, [this](const http::Request& request) {
    auto document = boost::json::parse(request.body).as_object();
    std::lock_guard lock(mutex_);
    received_.push_back({std::string(document.at("to").as_string()),
                         std::string(document.at("body").as_string())});
    return http::Response::no_content();
  });
  http::ServerOptions options;
  options.port = 0;
  options.io_threads = 1;
  options.worker_threads = 1;
  server_ = std::make_unique<http::Server>(options, router_);
  port_ = server_->start();
}

SmsSink::~SmsSink() { server_->stop(); }

std::string SmsSink::url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/sms"; }

std::vector<SmsSink::Sms> SmsSink::wait_for(std::size_t count, std::chrono::seconds timeout) const {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    {
      std::lock_guard lock(mutex_);
      if (received_.size() >= count) return received_;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  std::lock_guard lock(mutex_);
  return received_;
}

std::string link_parameter(const std::string& text, const std::string& name) {
  const auto key = "?" + name + "=";
  const auto at = text.find(key);
  if (at == std::string::npos) return {};
  const auto start = at + key.size();
  const auto end = text.find_first_of(" \r\n&", start);
  return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

}  // namespace medimeet::testing
