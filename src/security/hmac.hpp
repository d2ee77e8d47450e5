#pragma once

#include <string>
#include <string_view>

namespace medimeet::security {

// HMAC-SHA1 of `message` under `key`, base64 (standard alphabet): what the TURN REST API
// (coturn's use-auth-secret) takes as a credential. SHA-1 because that scheme is fixed by it.
std::string hmac_sha1_base64(std::string_view key, std::string_view message);
// HMAC-SHA256 of `message` under `key`, lower-case hex: how Stripe signs its webhooks.
std::string hmac_sha256_hex(std::string_view key, std::string_view message);
// Whether two secrets (signatures, MACs) are equal, in a time that does not depend on where they
// differ.
bool same_secret(std::string_view a, std::string_view b);

}  // namespace medimeet::security
