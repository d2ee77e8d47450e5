#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "http/router.hpp"
#include "http/server.hpp"

namespace medimeet::testing {

struct ReceivedEmail {
  std::string to;
  std::string from;
  std::string subject;  // decoded
  std::string body;     // the plain text, decoded
  std::string html;     // the HTML alternative, decoded; empty when there is none
};

// A real SMTP server on loopback: Debian's aiosmtpd writing into a maildir.
class SmtpSink {
 public:
  SmtpSink();
  ~SmtpSink();
  std::string url() const;  // smtp://127.0.0.1:<port>
  std::vector<ReceivedEmail> messages() const;
  // Waits until `count` messages arrived; returns them (fewer when the wait timed out).
  std::vector<ReceivedEmail> wait_for(std::size_t count,
                                      std::chrono::seconds timeout = std::chrono::seconds(10)) const;

 private:
  std::string dir_;
  int port_ = 0;
  int pid_ = -1;
};

// An SMS gateway on loopback that records what it is sent (our own HTTP server).
class SmsSink {
 public:
  struct Sms {
    std::string to;
    std::string body;
  };
  SmsSink();
  ~SmsSink();
  std::string url() const;
  std::vector<Sms> wait_for(std::size_t count,
                            std::chrono::seconds timeout = std::chrono::seconds(10)) const;

 private:
  mutable std::mutex mutex_;
  std::vector<Sms> received_;
  http::Router router_;
  std::unique_ptr<http::Server> server_;
  int port_ = 0;
};

// The value of `name` in the query string of the first URL in `text` that contains "?name=".
std::string link_parameter(const std::string& text, const std::string& name);

}  // namespace medimeet::testing
