#pragma once

#include <string>
#include <string_view>

namespace medimeet::security {

// HMAC-SHA1 of `message` under `key`, base64 (standard alphabet): what the TURN REST API
// (coturn's use-auth-secret) takes as a credential. SHA-1 because that scheme is fixed by it.
std::string hmac_sha1_base64(std::string_view key, std::string_view message);

}  // namespace medimeet::security
