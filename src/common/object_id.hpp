#pragma once

#include <string>
#include <string_view>

#include "common/time.hpp"

namespace medimeet {

// A new MongoDB-compatible ObjectId: 4-byte seconds timestamp, 5 bytes random per process,
// 3-byte counter, as 24 lowercase hex characters. Thread-safe.
std::string new_object_id(TimePoint now);

// True for exactly 24 lowercase hex characters.
bool is_object_id(std::string_view text);

}  // namespace medimeet
