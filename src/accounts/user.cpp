#include "accounts/user.hpp"

#include "common/field_problems.hpp"
#include "common/text.hpp"

#include <algorithm>
#include <cctype>

namespace medimeet::accounts {

std::string normalize_email(std::string_view email) {
  return ascii_lowercase(trim(email));
}

bool is_valid_email(std::string_view email) {
  if (email.size() < 3 || email.size() > 254) return false;
  const auto at = email.find('@');
  if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  const auto domain = email.substr(at + 1);
  const auto dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || domain.back() == '.' ||
      domain.find("..") != std::string_view::npos) {
    return false;
  }
  return std::none_of(email.begin(), email.end(), [](char c) {
    return std::isspace(static_cast<unsigned char>(c)) || std::iscntrl(static_cast<unsigned char>(c)) ||
           c == '<' || c == '>' || c == ',' || c == ';' || c == '"';
  });
}

bool is_valid_e164(std::string_view phone) {
  if (phone.size() < 9 || phone.size() > 16 || phone.front() != '+' || phone[1] == '0') {
    return false;
  }
  return std::all_of(phone.begin() + 1, phone.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<FieldProblem> name_problem(std::string_view name) {
  if (name.empty()) return problems::empty();
  if (utf8_length(name) > 100) return problems::too_long(100);
  if (std::any_of(name.begin(), name.end(),
                  [](char c) { return std::iscntrl(static_cast<unsigned char>(c)); })) {
    return problems::control_characters();
  }
  return std::nullopt;
}

}  // namespace medimeet::accounts
