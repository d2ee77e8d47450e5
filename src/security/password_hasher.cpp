#include "security/password_hasher.hpp"

#include <crypt.h>
#include <sodium.h>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "security/tokens.hpp"

namespace medimeet::security {
namespace {

constexpr unsigned long long kPasses = 2;
constexpr std::size_t kMemoryBytes = 19 * 1024 * 1024;

bool is_bcrypt(std::string_view encoded) {
  return encoded.starts_with("$2a$") || encoded.starts_with("$2b$") || encoded.starts_with("$2y$");
}

// bcrypt through libcrypt (libxcrypt), compared in constant time.
bool verify_bcrypt(const std::string& encoded, std::string_view password) {
  if (password.find('\0') != std::string_view::npos) return false;  // crypt() would stop at the NUL
  const std::string terminated_password(password);
  auto data = std::make_unique<crypt_data>();  // 32 KiB: not on the worker's stack
  const char* computed = crypt_r(terminated_password.c_str(), encoded.c_str(), data.get());
  if (computed == nullptr || computed[0] == '*') return false;
  const std::string_view result(computed);
  return result.size() == encoded.size() && sodium_memcmp(result.data(), encoded.data(), encoded.size()) == 0;
}

}  // namespace

class PasswordHasher::Slots {
 public:
  explicit Slots(std::size_t count) : free_(count) {}

  template <class Work>
  decltype(auto) run(Work&& work) {
    {
      std::unique_lock lock(mutex_);
      available_.wait(lock, [&] { return free_ > 0; });
      --free_;
    }
    struct Release {
      Slots& slots;
      ~Release() {
        {
          std::lock_guard lock(slots.mutex_);
          ++slots.free_;
        }
        slots.available_.notify_one();
      }
    } release{*this};
    return work();
  }

 private:
  std::mutex mutex_;
  std::condition_variable available_;
  std::size_t free_;
};

PasswordHasher::PasswordHasher(std::size_t max_concurrent)
    : slots_(std::make_unique<Slots>(std::max<std::size_t>(1, max_concurrent))) {
  ensure_sodium();
  dummy_hash_ = hash(random_token());
}

PasswordHasher::~PasswordHasher() = default;

std::string PasswordHasher::hash(std::string_view password) {
  return slots_->run([&] {
    char encoded[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(encoded, password.data(), password.size(), kPasses, kMemoryBytes,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
      throw std::runtime_error("password hashing ran out of memory");
    }
    return std::string(encoded);
  });
}

bool PasswordHasher::verify(std::string_view encoded, std::string_view password) {
  const std::string terminated(encoded);
  return slots_->run([&] {
    if (is_bcrypt(terminated)) return verify_bcrypt(terminated, password);
    return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
  });
}

bool PasswordHasher::recognizes(std::string_view encoded) {
  // bcrypt: "$2b$" then a two-digit cost, "$", 22 characters of salt and 31 of hash.
  return encoded.starts_with("$argon2id$") || (is_bcrypt(encoded) && encoded.size() == 60);
}

bool PasswordHasher::needs_rehash(std::string_view encoded) const {
  const std::string terminated(encoded);
  return crypto_pwhash_str_needs_rehash(terminated.c_str(), kPasses, kMemoryBytes) != 0;
}

void PasswordHasher::verify_dummy(std::string_view password) {
  verify(dummy_hash_, password);
}

}  // namespace medimeet::security
