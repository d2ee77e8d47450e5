#include "http_client.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <curl/curl.h>

#include <stdexcept>

namespace medimeet::testing {
namespace {

std::size_t append_body(char* data, std::size_t size, std::size_t count, void* target) {
  static_cast<std::string*>(target)->append(data, size * count);
  return size * count;
}

std::size_t append_header(char* data, std::size_t size, std::size_t count, void* target) {
  std::string line(data, size * count);
  const auto colon = line.find(':');
  if (colon != std::string::npos) {
    std::string name = line.substr(0, colon);
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string value = line.substr(colon + 1);
    value.erase(0, value.find_first_not_of(' '));
    value.erase(value.find_last_not_of("\r\n") + 1);
    (*static_cast<std::map<std::string, std::string>*>(target))[name] = value;
  }
  return size * count;
}

std::map<std::string, std::string> with_token(const std::string& token) {
  if (token.empty()) return {};
  return {{"Authorization", "Bearer " + token}};
}

}  // namespace

std::string text(const boost::json::value& value) {
  return value.is_string() ? std::string(value.as_string()) : std::string();
}

boost::json::value HttpResult::json() const {
  return boost::json::parse(body);
}

std::string HttpResult::header(const std::string& lowercase_name) const {
  auto it = headers.find(lowercase_name);
  return it == headers.end() ? std::string() : it->second;
}

std::string HttpResult::error_code() const {
  boost::system::error_code ec;
  auto document = boost::json::parse(body, ec);
  if (ec || !document.is_object()) return {};
  const auto* error = document.as_object().if_contains("error");
  if (error == nullptr || !error->is_object()) return {};
  const auto* code = error->as_object().if_contains("code");
  return code && code->is_string() ? std::string(code->as_string()) : std::string();
}

namespace {

// error.<section>.<name> of an error document, or null.
const boost::json::value* error_entry(const boost::json::value& document, const char* section,
                                      const std::string& name) {
  if (!document.is_object()) return nullptr;
  const auto* error = document.as_object().if_contains("error");
  if (error == nullptr || !error->is_object()) return nullptr;
  const auto* entries = error->as_object().if_contains(section);
  if (entries == nullptr || !entries->is_object()) return nullptr;
  return entries->as_object().if_contains(name);
}

}  // namespace

std::string HttpResult::field_error(const std::string& name) const {
  boost::system::error_code ec;
  auto document = boost::json::parse(body, ec);
  if (ec) return {};
  const auto* problem = error_entry(document, "fields", name);
  return problem && problem->is_string() ? std::string(problem->as_string()) : std::string();
}

std::string HttpResult::problem_code(const std::string& name) const {
  boost::system::error_code ec;
  auto document = boost::json::parse(body, ec);
  if (ec) return {};
  const auto* problem = error_entry(document, "problems", name);
  if (problem == nullptr || !problem->is_object()) return {};
  const auto* code = problem->as_object().if_contains("code");
  return code && code->is_string() ? std::string(code->as_string()) : std::string();
}

HttpClient::HttpClient(std::string base_url)
    : base_url_(std::move(base_url)), curl_(curl_easy_init()) {
  if (curl_ == nullptr) throw std::runtime_error("curl_easy_init failed");
}

HttpClient::~HttpClient() { curl_easy_cleanup(static_cast<CURL*>(curl_)); }

HttpResult HttpClient::send(const std::string& method, const std::string& path,
                            const std::string& body, std::map<std::string, std::string> headers) {
  auto* curl = static_cast<CURL*>(curl_);
  curl_easy_reset(curl);
  HttpResult result;
  const std::string url = base_url_ + path;
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &append_body);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &result.body);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &append_header);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &result.headers);
  if (method == "HEAD") curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
  bool has_content_type = false;
  for (const auto& [name, value] : headers) {
    if (strcasecmp(name.c_str(), "content-type") == 0) has_content_type = true;
  }
  if (!body.empty() && !has_content_type) headers["Content-Type"] = "application/json";
  curl_slist* list = curl_slist_append(nullptr, "Expect:");
  for (const auto& [name, value] : headers) {
    list = curl_slist_append(list, (name + ": " + value).c_str());
  }
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
  if (!body.empty() || method == "POST" || method == "PATCH" || method == "PUT") {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
  }
  const CURLcode code = curl_easy_perform(curl);
  curl_slist_free_all(list);
  if (code != CURLE_OK) {
    throw std::runtime_error(method + " " + url + " failed: " + curl_easy_strerror(code));
  }
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &result.status);
  return result;
}

HttpResult HttpClient::get(const std::string& path, const std::string& token) {
  return send("GET", path, {}, with_token(token));
}

HttpResult HttpClient::post(const std::string& path, const boost::json::value& body,
                            const std::string& token) {
  return send("POST", path, boost::json::serialize(body), with_token(token));
}

HttpResult HttpClient::post_empty(const std::string& path, const std::string& token) {
  return send("POST", path, {}, with_token(token));
}

HttpResult HttpClient::del(const std::string& path, const std::string& token) {
  return send("DELETE", path, {}, with_token(token));
}

HttpResult HttpClient::patch(const std::string& path, const boost::json::value& body,
                             const std::string& token) {
  return send("PATCH", path, boost::json::serialize(body), with_token(token));
}

}  // namespace medimeet::testing
