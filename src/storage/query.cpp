#include "storage/query.hpp"

#include <soci/soci.h>

#include "storage/kept_statements.hpp"

namespace medimeet::storage {

Query& Query::append(std::string_view sql) {
  sql_.append(sql);
  return *this;
}

Query& Query::bind(std::string value) {
  sql_ += ":p" + std::to_string(values_.size());
  values_.emplace_back(std::move(value));
  return *this;
}

Query& Query::bind(long long value) {
  sql_ += ":p" + std::to_string(values_.size());
  values_.emplace_back(value);
  return *this;
}

Query& Query::bind_list(const std::vector<std::string>& values) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) sql_ += ", ";
    bind(values[i]);
  }
  return *this;
}

Query& Query::prepend(std::string_view sql) {
  sql_.insert(0, sql);
  return *this;
}

void Query::bind_to(soci::statement& statement) const {
  for (const auto& value : values_) {
    std::visit([&](const auto& bound) { statement.exchange(soci::use(bound)); }, value);
  }
  statement.define_and_bind();
}

std::string like_containing(std::string_view term) {
  std::string pattern = "%";
  for (char c : term) {
    if (c == '%' || c == '_' || c == '\\') pattern.push_back('\\');
    pattern.push_back(c);
  }
  return pattern + "%";
}

void for_each_id(soci::session& sql, std::string_view table, const std::function<void(const std::string& id)>& each) {
  constexpr int kPage = 500;
  std::string after;
  const std::string text = "SELECT id FROM " + std::string(table) + " WHERE id > :after ORDER BY id LIMIT " +
                           std::to_string(kPage);
  while (true) {
    std::vector<std::string> ids(kPage);
    sql << text, soci::use(after), soci::into(ids);
    for (const auto& id : ids) each(id);
    if (ids.size() < static_cast<std::size_t>(kPage)) return;
    after = ids.back();
  }
}

long long select_number(soci::session& sql, const Query& query) {
  long long number = 0;
  soci::indicator found = soci::i_null;
  KeptStatement statement(sql, query.text());
  statement->exchange(soci::into(number, found));
  query.bind_to(*statement);
  return statement->execute(true) && found == soci::i_ok ? number : 0;
}

std::optional<std::string> select_text(soci::session& sql, const Query& query) {
  std::string text;
  soci::indicator found = soci::i_null;
  KeptStatement statement(sql, query.text());
  statement->exchange(soci::into(text, found));
  query.bind_to(*statement);
  if (!statement->execute(true) || found != soci::i_ok) return std::nullopt;
  return text;
}

long long execute_counting_rows(soci::session& sql, const Query& query) {
  KeptStatement statement(sql, query.text());
  query.bind_to(*statement);
  statement->execute(true);
  return statement->get_affected_rows();
}

}  // namespace medimeet::storage
