#include "http/response.hpp"

#include <boost/json/value.hpp>

#include <strings.h>

#include "common/json_output.hpp"
#include "http/socket.hpp"

namespace medimeet::http {

Response Response::json(int status, const boost::json::value& document) {
  return text(status, "application/json", to_json_text(document));
}

Response Response::upgrade(std::shared_ptr<SocketHandler> handler) {
  Response response;
  response.status = 101;
  response.socket = std::move(handler);
  return response;
}

Response Response::no_content() {
  Response response;
  response.status = 204;
  return response;
}

Response Response::text(int status, std::string content_type, std::string body) {
  Response response;
  response.status = status;
  response.body = std::move(body);
  response.set_header("Content-Type", std::move(content_type));
  return response;
}

Response& Response::set_header(std::string name, std::string value) {
  for (auto& [existing, current] : headers) {
    if (strcasecmp(existing.c_str(), name.c_str()) == 0) {
      current = std::move(value);
      return *this;
    }
  }
  headers.emplace_back(std::move(name), std::move(value));
  return *this;
}

const std::string* Response::find_header(std::string_view name) const {
  for (const auto& [existing, value] : headers) {
    if (existing.size() == name.size() &&
        strncasecmp(existing.data(), name.data(), name.size()) == 0) {
      return &value;
    }
  }
  return nullptr;
}

}  // namespace medimeet::http
