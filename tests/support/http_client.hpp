#pragma once

#include <boost/json/value.hpp>

#include <map>
#include <string>

namespace medimeet::testing {

struct HttpResult {
  long status = 0;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;

  boost::json::value json() const;
  std::string header(const std::string& lowercase_name) const;
  // error.code of an error document, or "" when there is none.
  std::string error_code() const;
  // error.fields[name], or "" when there is none.
  std::string field_error(const std::string& name) const;
  // error.problems[name].code, or "" when there is none.
  std::string problem_code(const std::string& name) const;
};

// The text of a JSON string value (empty for any other kind), for comparing with std::string.
std::string text(const boost::json::value& value);

// A small blocking HTTP/1.1 client (libcurl) that keeps its connection alive between calls.
class HttpClient {
 public:
  explicit HttpClient(std::string base_url);
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  // `headers` are sent as given; a body is sent as application/json unless a content-type
  // header says otherwise.
  HttpResult send(const std::string& method, const std::string& path, const std::string& body = {},
                  std::map<std::string, std::string> headers = {});
  HttpResult get(const std::string& path, const std::string& token = {});
  HttpResult post(const std::string& path, const boost::json::value& body,
                  const std::string& token = {});
  HttpResult post_empty(const std::string& path, const std::string& token = {});
  HttpResult patch(const std::string& path, const boost::json::value& body,
                   const std::string& token = {});
  HttpResult del(const std::string& path, const std::string& token = {});

 private:
  std::string base_url_;
  void* curl_;
};

}  // namespace medimeet::testing
