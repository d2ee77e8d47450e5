#include "http/request.hpp"

#include <boost/url/parse.hpp>

#include <stdexcept>

#include "common/enum_names.hpp"
#include "common/error.hpp"
#include "common/field_problems.hpp"
#include "common/object_id.hpp"
#include "common/text.hpp"

namespace medimeet::http {

namespace {

constexpr EnumNames<Method, 8> kMethodNames{{{{Method::get, "GET"},
                                              {Method::head, "HEAD"},
                                              {Method::post, "POST"},
                                              {Method::put, "PUT"},
                                              {Method::patch, "PATCH"},
                                              {Method::delete_, "DELETE"},
                                              {Method::options, "OPTIONS"},
                                              {Method::other, "OTHER"}}}};

}  // namespace

std::string_view to_string(Method method) { return kMethodNames.name(method); }

bool Request::set_target(std::string_view target) {
  query.clear();
  // "OPTIONS *" asks about the server as a whole (RFC 9112 §3.2.4).
  if (target == "*") {
    path = "*";
    return method == Method::options;
  }
  // A client talking to a proxy sends the absolute form; servers must accept it (§3.2.2).
  auto parsed = target.starts_with('/') ? boost::urls::parse_origin_form(target)
                                        : boost::urls::parse_absolute_uri(target);
  if (!parsed) return false;
  if (!target.starts_with('/') && parsed->scheme_id() != boost::urls::scheme::http &&
      parsed->scheme_id() != boost::urls::scheme::https) {
    return false;
  }
  path = parsed->path();
  if (path.empty()) path = "/";
  for (auto param : parsed->params()) {
    query.emplace(param.key, param.has_value ? param.value : std::string());
  }
  return true;
}

std::optional<std::string_view> Request::header(std::string_view lowercase_name) const {
  auto it = headers.find(std::string(lowercase_name));
  if (it == headers.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string_view> Request::query_param(std::string_view name) const {
  auto it = query.find(std::string(name));
  if (it == query.end()) return std::nullopt;
  return it->second;
}

const std::string& Request::param(const std::string& name) const {
  auto it = path_params.find(name);
  if (it == path_params.end()) throw std::logic_error("route has no path parameter " + name);
  return it->second;
}

const std::string& Request::object_id_param(const std::string& name, const std::string& what) const {
  const auto& id = param(name);
  if (!is_object_id(id)) throw AppError::not_found(what);
  return id;
}

const access::Caller& Request::caller() const {
  if (!authenticated) throw std::logic_error("caller() on a route open to anyone");
  return *authenticated;
}

std::optional<std::string_view> Request::bearer_token() const {
  auto value = header("authorization");
  if (!value) return std::nullopt;
  constexpr std::string_view kScheme = "bearer ";
  if (value->size() <= kScheme.size() ||
      !equals_ignoring_ascii_case(value->substr(0, kScheme.size()), kScheme)) {
    return std::nullopt;
  }
  auto token = value->substr(kScheme.size());
  while (!token.empty() && token.front() == ' ') token.remove_prefix(1);
  while (!token.empty() && token.back() == ' ') token.remove_suffix(1);
  if (token.empty()) return std::nullopt;
  return token;
}

std::optional<std::string> Request::idempotency_key() const {
  auto key = header("idempotency-key");
  if (!key) return std::nullopt;
  if (key->empty() || key->size() > 200) throw AppError::field("Idempotency-Key", problems::length_between(1, 200));
  return std::string(*key);
}

}  // namespace medimeet::http
