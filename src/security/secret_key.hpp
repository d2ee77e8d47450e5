#pragma once

#include <array>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace medimeet::security {

// Sealed data that does not open: altered, truncated, reordered, or under another key.
class CipherError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A 256-bit key, wiped from memory when it goes.
class SecretKey {
 public:
  static constexpr std::size_t kSize = 32;

  static SecretKey random();
  // Exactly kSize bytes; std::invalid_argument otherwise.
  static SecretKey from_bytes(std::string_view bytes);
  SecretKey(const SecretKey& other);
  SecretKey& operator=(const SecretKey& other);
  ~SecretKey();

  const unsigned char* data() const { return bytes_.data(); }

 private:
  SecretKey() = default;
  std::array<unsigned char, kSize> bytes_{};
};

// The master key that wraps every file's key: read from `path`, or, when the file does not exist,
// made at random and written there readable by its owner alone (0600). Throws std::runtime_error
// for a file of another size or that others may read: a key anyone can read protects nothing.
SecretKey load_or_create_master_key(const std::filesystem::path& path);

// `plaintext` sealed under `key` (XChaCha20-Poly1305, a random nonce ahead of it) and bound to
// `context` (the id of what it belongs to), so sealed data copied elsewhere does not open.
std::string seal(const SecretKey& key, std::string_view plaintext, std::string_view context);
// Throws CipherError when the sealed data was altered or belongs to another context.
std::string open_sealed(const SecretKey& key, std::string_view sealed, std::string_view context);

// A stream's key sealed under `master` (XChaCha20-Poly1305) and bound to `context` (the file's
// id), so a wrapped key copied to another file does not open.
std::string wrap_key(const SecretKey& master, const SecretKey& key, std::string_view context);
// Throws CipherError when the wrapped key was altered or belongs to another context.
SecretKey unwrap_key(const SecretKey& master, std::string_view wrapped, std::string_view context);

}  // namespace medimeet::security
