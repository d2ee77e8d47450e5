#pragma once

#include <memory>
#include <string>

namespace medimeet::notifications {

// Delivers one email; throws std::runtime_error (with a reason for the log) when it fails.
// With an `html` body the email is multipart/alternative, else plain text.
class EmailSender {
 public:
  virtual ~EmailSender() = default;
  virtual void send(const std::string& to, const std::string& subject, const std::string& text,
                    const std::string& html) = 0;
};

// Delivers one SMS; throws std::runtime_error when it fails.
class SmsSender {
 public:
  virtual ~SmsSender() = default;
  virtual void send(const std::string& to, const std::string& body) = 0;
};

// SMTP through libcurl, e.g. "smtp://127.0.0.1:2525" or "smtps://user:pass@host:465".
// `from` may be "Name <address>" or a bare address.
std::unique_ptr<EmailSender> make_smtp_sender(std::string smtp_url, std::string from);
// POSTs {"to": "+33...", "body": "..."} as JSON to `url`; any 2xx answer counts as sent.
std::unique_ptr<SmsSender> make_http_sms_sender(std::string url);
// For development without SMTP or an SMS gateway: messages go to the server log.
std::unique_ptr<EmailSender> make_log_email_sender();
std::unique_ptr<SmsSender> make_log_sms_sender();

}  // namespace medimeet::notifications
