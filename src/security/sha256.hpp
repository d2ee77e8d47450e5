#pragma once

#include <sodium.h>

#include <string>
#include <string_view>

namespace medimeet::security {

// SHA-256 of bytes given piece by piece (a file as it arrives, the fields of an audit row).
class Sha256 {
 public:
  Sha256() { crypto_hash_sha256_init(&state_); }
  Sha256& add(std::string_view bytes) {
    crypto_hash_sha256_update(&state_, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    return *this;
  }
  // The digest in lower-case hex; call once.
  std::string hex() {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state_, digest);
    char text[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(text, sizeof text, digest, sizeof digest);
    return text;
  }

 private:
  crypto_hash_sha256_state state_{};
};

}  // namespace medimeet::security
