#include "security/hmac.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <stdexcept>

#include "security/base64.hpp"

namespace medimeet::security {
namespace {

std::string hmac(const EVP_MD* digest_kind, std::string_view key, std::string_view message) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (HMAC(digest_kind, key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(message.data()),
           message.size(), digest, &length) == nullptr) {
    throw std::runtime_error("HMAC failed");
  }
  return {reinterpret_cast<const char*>(digest), length};
}

}  // namespace

std::string hmac_sha1_base64(std::string_view key, std::string_view message) {
  return to_base64(hmac(EVP_sha1(), key, message));
}

std::string hmac_sha256_hex(std::string_view key, std::string_view message) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex;
  for (const unsigned char byte : hmac(EVP_sha256(), key, message)) {
    hex += kDigits[byte >> 4];
    hex += kDigits[byte & 0x0f];
  }
  return hex;
}

bool same_secret(std::string_view a, std::string_view b) {
  return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace medimeet::security
