#include "security/password_hasher.hpp"

#include <sodium.h>

#include <condition_variable>
#include <mutex>
#include <stdexcept>

#include "security/tokens.hpp"

namespace medimeet::security {
namespace {

constexpr unsigned long long kPasses = 2;
constexpr std::size_t kMemoryBytes = 19 * 1024 * 1024;

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
    return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
  });
}

void PasswordHasher::verify_dummy(std::string_view password) {
  verify(dummy_hash_, password);
}

}  // namespace medimeet::security
