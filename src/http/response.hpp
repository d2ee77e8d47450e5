#pragma once

#include <boost/json/fwd.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace medimeet::http {

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  static Response json(int status, const boost::json::value& document);
  static Response no_content();
  static Response text(int status, std::string content_type, std::string body);

  Response& set_header(std::string name, std::string value);
  const std::string* find_header(std::string_view name) const;
};

}  // namespace medimeet::http
