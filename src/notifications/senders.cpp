#include "notifications/senders.hpp"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <curl/curl.h>
#include <spdlog/spdlog.h>
#include <sodium.h>

#include <chrono>
#include <ctime>
#include <stdexcept>

#include "common/object_id.hpp"
#include "http/outgoing_request.hpp"
#include "security/tokens.hpp"

namespace medimeet::notifications {
namespace {

struct CurlHandle {
  CURL* handle = curl_easy_init();
  curl_slist* list = nullptr;
  ~CurlHandle() {
    curl_slist_free_all(list);
    curl_easy_cleanup(handle);
  }
};

void perform(CurlHandle& curl, std::string_view what) {
  curl_easy_setopt(curl.handle, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl.handle, CURLOPT_CONNECTTIMEOUT, 10L);
  curl_easy_setopt(curl.handle, CURLOPT_TIMEOUT, 30L);
  const CURLcode result = curl_easy_perform(curl.handle);
  if (result != CURLE_OK) {
    throw std::runtime_error(std::string(what) + " failed: " + curl_easy_strerror(result));
  }
}

std::string bare_address(const std::string& from) {
  const auto open = from.find('<');
  const auto close = from.find('>', open);
  if (open == std::string::npos || close == std::string::npos) return from;
  return from.substr(open + 1, close - open - 1);
}

std::string with_crlf(const std::string& text) {
  std::string result;
  for (char c : text) {
    if (c == '\n') result += "\r\n";
    else if (c != '\r') result += c;
  }
  return result;
}

std::string base64(const std::string& bytes) {
  std::string encoded(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(encoded.data(), encoded.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), sodium_base64_VARIANT_ORIGINAL);
  encoded.resize(std::strlen(encoded.c_str()));
  return encoded;
}

// RFC 2047 encoded-word, so non-ASCII subjects (French accents) arrive intact.
std::string encode_header(const std::string& text) {
  const bool ascii = std::all_of(text.begin(), text.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) return text;
  return "=?UTF-8?B?" + base64(text) + "?=";
}

// A MIME body part in base64, lines of 76 characters: no line-length limit of SMTP can cut
// a long paragraph, and every byte of UTF-8 arrives as it was.
std::string base64_part(const std::string& content_type, const std::string& content) {
  const auto encoded = base64(content);
  std::string part = "Content-Type: " + content_type + "; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
  for (std::size_t i = 0; i < encoded.size(); i += 76) part += encoded.substr(i, 76) + "\r\n";
  return part;
}

// Plain text alone, or text and HTML as alternatives of one another (the last is preferred).
std::string mime_body(const std::string& text, const std::string& html) {
  const auto plain = base64_part("text/plain", with_crlf(text));
  if (html.empty()) return plain;
  const std::string boundary = "=_medimeet_" + security::random_token();
  return "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n--" + boundary + "\r\n" +
         plain + "\r\n--" + boundary + "\r\n" + base64_part("text/html", with_crlf(html)) + "\r\n--" + boundary +
         "--\r\n";
}

std::string rfc5322_date() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[64];
  std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S +0000", &utc);
  return buffer;
}

struct Upload {
  std::string data;
  std::size_t offset = 0;

  static std::size_t read(char* buffer, std::size_t size, std::size_t count, void* self) {
    auto* upload = static_cast<Upload*>(self);
    const std::size_t n = std::min(size * count, upload->data.size() - upload->offset);
    std::memcpy(buffer, upload->data.data() + upload->offset, n);
    upload->offset += n;
    return n;
  }
};

class SmtpSender final : public EmailSender {
 public:
  SmtpSender(std::string url, std::string from) : url_(std::move(url)), from_(std::move(from)) {}

  void send(const std::string& to, const std::string& subject, const std::string& text,
            const std::string& html) override {
    const std::string domain = bare_address(from_).substr(bare_address(from_).find('@') + 1);
    Upload upload;
    upload.data = "Date: " + rfc5322_date() + "\r\nTo: <" + to + ">\r\nFrom: " + from_ +
                  "\r\nMessage-ID: <" + new_object_id(TimePoint{}) + "." +
                  std::to_string(std::chrono::system_clock::now().time_since_epoch().count()) +
                  "@" + domain + ">\r\nSubject: " + encode_header(subject) +
                  "\r\nMIME-Version: 1.0\r\n" + mime_body(text, html);
    CurlHandle curl;
    if (curl.handle == nullptr) throw std::runtime_error("curl_easy_init failed");
    const std::string mail_from = "<" + bare_address(from_) + ">";
    const std::string rcpt = "<" + to + ">";
    curl.list = curl_slist_append(nullptr, rcpt.c_str());
    curl_easy_setopt(curl.handle, CURLOPT_URL, url_.c_str());
    curl_easy_setopt(curl.handle, CURLOPT_MAIL_FROM, mail_from.c_str());
    curl_easy_setopt(curl.handle, CURLOPT_MAIL_RCPT, curl.list);
    curl_easy_setopt(curl.handle, CURLOPT_READFUNCTION, &Upload::read);
    curl_easy_setopt(curl.handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl.handle, CURLOPT_UPLOAD, 1L);
    perform(curl, "SMTP delivery");
  }

 private:
  std::string url_;
  std::string from_;
};

class HttpSmsSender final : public SmsSender {
 public:
  explicit HttpSmsSender(std::string url) : url_(std::move(url)) {}

  void send(const std::string& to, const std::string& body) override {
    const auto response = http::send({"POST", url_, {{"Content-Type", "application/json"}},
                                      boost::json::serialize(boost::json::object{{"to", to}, {"body", body}})});
    if (response.status < 200 || response.status > 299) {
      throw std::runtime_error("SMS gateway answered HTTP " + std::to_string(response.status));
    }
  }

 private:
  std::string url_;
};

class LogEmailSender final : public EmailSender {
 public:
  void send(const std::string& to, const std::string& subject, const std::string& text,
            const std::string&) override {
    spdlog::info("email (no MEDIMEET_SMTP_URL set) to {}: {}\n{}", to, subject, text);
  }
};

class LogSmsSender final : public SmsSender {
 public:
  void send(const std::string& to, const std::string& body) override {
    spdlog::info("SMS (no MEDIMEET_SMS_URL set) to {}: {}", to, body);
  }
};

}  // namespace

std::unique_ptr<EmailSender> make_smtp_sender(std::string smtp_url, std::string from) {
  return std::make_unique<SmtpSender>(std::move(smtp_url), std::move(from));
}

std::unique_ptr<SmsSender> make_http_sms_sender(std::string url) {
  return std::make_unique<HttpSmsSender>(std::move(url));
}

std::unique_ptr<EmailSender> make_log_email_sender() {
  return std::make_unique<LogEmailSender>();
}

std::unique_ptr<SmsSender> make_log_sms_sender() {
  return std::make_unique<LogSmsSender>();
}

}  // namespace medimeet::notifications
