#include "doctors/listing_keys.hpp"

#include "doctors/slot_finder.hpp"

namespace medimeet::doctors {
namespace {

// Appends a field to a cache key, its length first so no value can pass for two.
void add(std::string& key, std::string_view value) {
  key.append(std::to_string(value.size())).push_back(':');
  key.append(value);
}

void add_optional(std::string& key, const std::optional<std::string>& value) {
  if (value) {
    add(key, std::string_view(*value));
  } else {
    key.push_back('-');
  }
}

}  // namespace

std::string search_key(const DoctorSearch& search) {
  std::string key = "search ";
  const auto& filter = search.filter;
  add_optional(key, filter.specialty_folded);
  add_optional(key, filter.location_folded);
  add_optional(key, filter.name_folded);
  add_optional(key, filter.works_on ? std::optional<std::string>(to_string(*filter.works_on)) : std::nullopt);
  add_optional(key, filter.mode ? std::optional<std::string>(appointments::to_string(*filter.mode)) : std::nullopt);
  add_optional(key, search.available_on ? std::optional<std::string>(format_day(*search.available_on)) : std::nullopt);
  add(key, std::to_string(static_cast<int>(search.order)));
  add(key, std::to_string(search.paging.page));
  add(key, std::to_string(search.paging.limit));
  return key;
}

std::string slots_key(const std::string& doctor_id, std::optional<date::local_days> from,
                      std::optional<date::local_days> to, const std::optional<std::string>& reason_id) {
  std::string key = "slots ";
  add(key, doctor_id);
  add_optional(key, from ? std::optional<std::string>(format_day(*from)) : std::nullopt);
  add_optional(key, to ? std::optional<std::string>(format_day(*to)) : std::nullopt);
  add_optional(key, reason_id);
  return key;
}

}  // namespace medimeet::doctors
