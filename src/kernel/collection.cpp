#include "kernel/collection.hpp"

#include <charconv>

#include "common/field_problems.hpp"
#include "common/object_id.hpp"

namespace medimeet::kernel {

bool ImportedIds::add(std::string_view collection, const std::string& id) {
  auto found = ids_.find(collection);
  if (found == ids_.end()) found = ids_.emplace(std::string(collection), std::unordered_set<std::string>{}).first;
  return found->second.insert(id).second;
}

bool ImportedIds::contains(std::string_view collection, const std::string& id) const {
  const auto found = ids_.find(collection);
  return found != ids_.end() && found->second.contains(id);
}

void ImportedIds::require(JsonInput& document, std::string_view field, std::string_view collection,
                          const std::string& id) const {
  if (id.empty() || contains(collection, id)) return;
  // A key "<file>.<what>" names things inside a file's documents: "users.patient" the patients
  // among the users, "doctors.visitReason" the visit reasons of the doctors.
  const auto dot = collection.find('.');
  const std::string file = std::string(collection.substr(0, dot)) + ".json";
  const std::string what = dot == std::string_view::npos ? "document" : std::string(collection.substr(dot + 1));
  document.reject(field, FieldProblem("unknown_reference", "refers to no " + what + " of " + file, {{"collection", file}}));
}

namespace {

std::string read_id(JsonInput& document, std::string_view field) {
  auto id = document.required_string(field);
  if (!id.empty() && !is_object_id(id)) {
    document.reject(field, problems::not_an_id());
    return {};
  }
  return id;
}

}  // namespace

std::string read_document_id(JsonInput& document, std::string_view collection, ImportedIds& ids) {
  auto id = read_id(document, "_id");
  if (!id.empty() && !ids.add(collection, id)) {
    document.reject("_id", FieldProblem("duplicate_id", "is the _id of an earlier document"));
    return {};
  }
  return id;
}

std::string read_reference(JsonInput& document, std::string_view field, std::string_view collection,
                           const ImportedIds& ids) {
  auto id = read_id(document, field);
  ids.require(document, field, collection, id);
  return id;
}

std::optional<std::string> read_optional_reference(JsonInput& document, std::string_view field,
                                                   std::string_view collection, const ImportedIds& ids) {
  if (document.is_null(field) || !document.has(field)) return std::nullopt;  // is_null marks it read
  return read_reference(document, field, collection, ids);
}

std::pair<TimePoint, TimePoint> read_timestamps(JsonInput& document, const std::string& id) {
  auto created = document.optional_instant("createdAt", kInstantExample);
  auto updated = document.optional_instant("updatedAt", kInstantExample);
  if (!created) {
    unsigned seconds = 0;
    if (id.size() == 24) std::from_chars(id.data(), id.data() + 8, seconds, 16);
    created = TimePoint(std::chrono::seconds(seconds));
  }
  return {*created, updated.value_or(*created)};
}

}  // namespace medimeet::kernel
