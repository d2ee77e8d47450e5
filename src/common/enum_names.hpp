#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace medimeet {

// The names of an enum's values as the API and the database spell them, in one table per enum:
//   constexpr EnumNames<Status, 3> kStatusNames{{{
//       {Status::confirmed, "confirmed"}, {Status::canceled, "canceled"}, …}}};
template <class Enum, std::size_t N>
struct EnumNames {
  std::array<std::pair<Enum, std::string_view>, N> entries;

  // Every value of the enum is in its table, so a name is always found.
  constexpr std::string_view name(Enum value) const {
    for (const auto& [entry, text] : entries) {
      if (entry == value) return text;
    }
    return {};
  }
  // nullopt for a name that is no value's.
  constexpr std::optional<Enum> parse(std::string_view text) const {
    for (const auto& [entry, name] : entries) {
      if (name == text) return entry;
    }
    return std::nullopt;
  }
};

}  // namespace medimeet
