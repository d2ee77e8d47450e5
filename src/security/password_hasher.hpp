#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace medimeet::security {

// Argon2id through libsodium (19 MiB, 2 passes: the OWASP minimum). At most `max_concurrent`
// hashes run at once, so a flood of logins costs at most max_concurrent x 19 MiB of memory;
// the others wait their turn on their worker thread.
class PasswordHasher {
 public:
  explicit PasswordHasher(std::size_t max_concurrent);
  ~PasswordHasher();

  // The encoded hash ("$argon2id$v=19$m=19456,t=2,p=1$..."). Throws std::runtime_error when
  // memory runs out.
  std::string hash(std::string_view password);
  // True when `password` matches `encoded`: an Argon2id hash, or a bcrypt one ("$2a$", "$2b$",
  // "$2y$": what the original Node.js MediMeet stored, imported with its users). False for a
  // malformed hash.
  bool verify(std::string_view encoded, std::string_view password);
  // True when `encoded` has the form of a hash verify() checks: Argon2id or bcrypt.
  static bool recognizes(std::string_view encoded);
  // True when `encoded` is not an Argon2id hash with this hasher's cost: replace it by hash() at
  // the next login, while the password is at hand.
  bool needs_rehash(std::string_view encoded) const;
  // Spends the same time as a real verification, so an unknown email takes as long as a
  // wrong password.
  void verify_dummy(std::string_view password);

 private:
  class Slots;
  std::unique_ptr<Slots> slots_;
  std::string dummy_hash_;
};

}  // namespace medimeet::security
