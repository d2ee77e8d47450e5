#pragma once

#include <string>
#include <string_view>

namespace medimeet::security {

// Initialises libsodium once; safe to call from any thread, any number of times.
void ensure_sodium();

// 256 random bits as unpadded base64url (43 characters): session, verification and reset tokens.
std::string random_token();

// `digits` random decimal digits, uniformly drawn (one-time codes).
std::string random_digits(int digits);

// The hash under which a token is stored: BLAKE2b-256 as 64 hex characters. Tokens carry 256
// bits of entropy, so a fast unsalted hash is enough to make a stolen table useless.
std::string hash_token(std::string_view token);

// A hash of a short secret (a one-time code) bound to its owner, so equal codes of two users
// hash differently.
std::string hash_code(std::string_view owner, std::string_view code);

}  // namespace medimeet::security
