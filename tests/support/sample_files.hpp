#pragma once

#include <cstddef>
#include <string>

#include "http_client.hpp"
#include "test_server.hpp"

namespace medimeet::testing {

// A "PDF" of exactly `size` bytes: the magic libmagic knows it by, then random bytes (the same
// for the same size).
std::string pdf_of_size(std::size_t size);

// POST /api/v1/files as `who`, the name already percent-encoded ("" sends no X-File-Name).
HttpResult upload(HttpClient& client, const TestAccount& who, const std::string& content, const std::string& type,
                  const std::string& encoded_name);

}  // namespace medimeet::testing
