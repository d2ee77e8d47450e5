#include "security/hmac.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <stdexcept>

#include "security/base64.hpp"

namespace medimeet::security {

std::string hmac_sha1_base64(std::string_view key, std::string_view message) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (HMAC(EVP_sha1(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(message.data()),
           message.size(), digest, &length) == nullptr) {
    throw std::runtime_error("HMAC-SHA1 failed");
  }
  return to_base64({reinterpret_cast<const char*>(digest), length});
}

}  // namespace medimeet::security
