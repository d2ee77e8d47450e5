#include "http/outgoing_request.hpp"

#include <curl/curl.h>

#include <memory>
#include <stdexcept>

namespace medimeet::http {
namespace {

struct CurlDeleter {
  void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

std::size_t append_to(char* data, std::size_t size, std::size_t count, void* body) {
  static_cast<std::string*>(body)->append(data, size * count);
  return size * count;
}

}  // namespace

OutgoingResponse send(const OutgoingRequest& request) {
  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (!curl) throw std::runtime_error("curl_easy_init failed");
  std::unique_ptr<curl_slist, CurlDeleter> headers;
  for (const auto& [name, value] : request.headers) {
    const auto line = name + ": " + value;
    headers.reset(curl_slist_append(headers.release(), line.c_str()));
  }
  OutgoingResponse response;
  CURL* handle = curl.get();
  curl_easy_setopt(handle, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(handle, CURLOPT_CUSTOMREQUEST, request.method.c_str());
  if (request.method != "GET") {
    curl_easy_setopt(handle, CURLOPT_POSTFIELDS, request.body.c_str());
    curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE, static_cast<long>(request.body.size()));
  }
  curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers.get());
  if (request.basic_auth) {
    curl_easy_setopt(handle, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
    curl_easy_setopt(handle, CURLOPT_USERNAME, request.basic_auth->first.c_str());
    curl_easy_setopt(handle, CURLOPT_PASSWORD, request.basic_auth->second.c_str());
  }
  curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &append_to);
  curl_easy_setopt(handle, CURLOPT_WRITEDATA, &response.body);
  curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, 10L);
  curl_easy_setopt(handle, CURLOPT_TIMEOUT, 30L);
  const CURLcode result = curl_easy_perform(handle);
  if (result != CURLE_OK) {
    throw std::runtime_error(request.method + " " + request.url + " failed: " + curl_easy_strerror(result));
  }
  curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &response.status);
  return response;
}

std::string form_encode(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string encoded;
  for (const auto& [name, value] : fields) {
    for (const auto* part : {&name, &value}) {
      char* escaped = curl_easy_escape(nullptr, part->c_str(), static_cast<int>(part->size()));
      if (escaped == nullptr) throw std::runtime_error("curl_easy_escape failed");
      encoded += (part == &name ? (encoded.empty() ? "" : "&") : "=");
      encoded += escaped;
      curl_free(escaped);
    }
  }
  return encoded;
}

}  // namespace medimeet::http
