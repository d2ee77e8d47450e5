#include "common/object_id.hpp"

#include <array>
#include <atomic>
#include <cstdint>
#include <random>

namespace medimeet {
namespace {

struct ProcessIdentity {
  std::array<std::uint8_t, 5> random{};
  std::atomic<std::uint32_t> counter{0};

  ProcessIdentity() {
    std::random_device device;
    for (auto& byte : random) byte = static_cast<std::uint8_t>(device());
    counter = device() & 0xFFFFFFu;
  }
};

ProcessIdentity& identity() {
  static ProcessIdentity instance;
  return instance;
}

}  // namespace

std::string new_object_id(TimePoint now) {
  static constexpr char kHex[] = "0123456789abcdef";
  auto& process = identity();
  const auto seconds = static_cast<std::uint32_t>(
      std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count());
  const std::uint32_t count = process.counter.fetch_add(1) & 0xFFFFFFu;

  std::array<std::uint8_t, 12> bytes{};
  for (int i = 0; i < 4; ++i) bytes[i] = static_cast<std::uint8_t>(seconds >> (24 - 8 * i));
  for (int i = 0; i < 5; ++i) bytes[4 + i] = process.random[i];
  for (int i = 0; i < 3; ++i) bytes[9 + i] = static_cast<std::uint8_t>(count >> (16 - 8 * i));

  std::string id;
  id.reserve(24);
  for (auto byte : bytes) {
    id.push_back(kHex[byte >> 4]);
    id.push_back(kHex[byte & 0xF]);
  }
  return id;
}

bool is_object_id(std::string_view text) {
  if (text.size() != 24) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace medimeet
