#include "security/secret_key.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <iterator>

#include "security/tokens.hpp"

namespace medimeet::security {
namespace {

const unsigned char* bytes_of(std::string_view text) { return reinterpret_cast<const unsigned char*>(text.data()); }
unsigned char* bytes_of(std::string& text) { return reinterpret_cast<unsigned char*>(text.data()); }

void write_new_key_file(const std::filesystem::path& path, const SecretKey& key) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) throw std::runtime_error("cannot create the master key file " + path.string());
  const bool written = ::write(fd, key.data(), SecretKey::kSize) == static_cast<ssize_t>(SecretKey::kSize) &&
                       ::fsync(fd) == 0;
  ::close(fd);
  if (!written) {
    std::filesystem::remove(path);
    throw std::runtime_error("cannot write the master key file " + path.string());
  }
}

}  // namespace

SecretKey SecretKey::random() {
  ensure_sodium();
  SecretKey key;
  randombytes_buf(key.bytes_.data(), kSize);
  return key;
}

SecretKey SecretKey::from_bytes(std::string_view bytes) {
  if (bytes.size() != kSize) throw std::invalid_argument("a key is 32 bytes");
  SecretKey key;
  std::copy(bytes.begin(), bytes.end(), key.bytes_.begin());
  return key;
}

SecretKey::SecretKey(const SecretKey& other) : bytes_(other.bytes_) {}

SecretKey& SecretKey::operator=(const SecretKey& other) {
  bytes_ = other.bytes_;
  return *this;
}

SecretKey::~SecretKey() { sodium_memzero(bytes_.data(), bytes_.size()); }

SecretKey load_or_create_master_key(const std::filesystem::path& path) {
  ensure_sodium();
  if (!std::filesystem::exists(path)) {
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
    auto key = SecretKey::random();
    write_new_key_file(path, key);
    return key;
  }
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0) throw std::runtime_error("cannot read the master key file " + path.string());
  if ((status.st_mode & 077) != 0) {
    throw std::runtime_error("the master key file " + path.string() +
                             " may be read by others: make it readable by its owner alone (chmod 600)");
  }
  std::ifstream file(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  if (bytes.size() != SecretKey::kSize) {
    throw std::runtime_error("the master key file " + path.string() + " does not hold a 32-byte key");
  }
  auto key = SecretKey::from_bytes(bytes);
  sodium_memzero(bytes.data(), bytes.size());
  return key;
}

std::string seal(const SecretKey& key, std::string_view plaintext, std::string_view context) {
  constexpr auto kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  std::string sealed(kNonce + plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
  auto* nonce = bytes_of(sealed);
  randombytes_buf(nonce, kNonce);
  unsigned long long length = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonce, &length, bytes_of(plaintext), plaintext.size(),
                                             bytes_of(context), context.size(), nullptr, nonce, key.data());
  return sealed;
}

std::string open_sealed(const SecretKey& key, std::string_view sealed, std::string_view context) {
  constexpr auto kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  constexpr auto kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
  if (sealed.size() < kNonce + kTag) throw CipherError("sealed data too short to hold anything");
  std::string plaintext(sealed.size() - kNonce - kTag, '\0');
  unsigned long long length = 0;
  const auto* nonce = bytes_of(sealed);
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(bytes_of(plaintext), &length, nullptr, nonce + kNonce,
                                                 sealed.size() - kNonce, bytes_of(context), context.size(), nonce,
                                                 key.data()) != 0) {
    throw CipherError("sealed data does not open");
  }
  return plaintext;
}

std::string wrap_key(const SecretKey& master, const SecretKey& key, std::string_view context) {
  return seal(master, {reinterpret_cast<const char*>(key.data()), SecretKey::kSize}, context);
}

SecretKey unwrap_key(const SecretKey& master, std::string_view wrapped, std::string_view context) {
  auto bytes = open_sealed(master, wrapped, context);
  if (bytes.size() != SecretKey::kSize) {
    sodium_memzero(bytes.data(), bytes.size());
    throw CipherError("a wrapped key of the wrong size");
  }
  auto key = SecretKey::from_bytes(bytes);
  sodium_memzero(bytes.data(), bytes.size());
  return key;
}

}  // namespace medimeet::security
